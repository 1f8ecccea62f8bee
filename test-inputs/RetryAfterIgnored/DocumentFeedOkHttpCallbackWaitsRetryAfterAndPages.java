package inputs.retryafterignored;

import java.io.IOException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Streams the issued-documents feed page by page; a throttled page is asked again after the delay
 * the server gives, a failed page ends the feed.
 */
public class DocumentFeedOkHttpCallbackWaitsRetryAfterAndPages {

  interface FeedListener {
    void onPage(String json);

    void onEnd(String reason);
  }

  private static final long DEFAULT_DELAY_SECONDS = 30;

  private final OkHttpClient client;
  private final ScheduledExecutorService scheduler;
  private final FeedListener listener;

  public DocumentFeedOkHttpCallbackWaitsRetryAfterAndPages(
      OkHttpClient client, ScheduledExecutorService scheduler, FeedListener listener) {
    this.client = client;
    this.scheduler = scheduler;
    this.listener = listener;
  }

  public void start(String firstPageUrl) {
    Request request = new Request.Builder().url(firstPageUrl).get().build();
    client.newCall(request).enqueue(new PageCallback());
  }

  private final class PageCallback implements Callback {
    @Override
    public void onResponse(Call call, Response response) throws IOException {
      try (response) {
        int code = response.code();
        if (code == 429 || code == 503) {
          // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
          long delay = retryAfterSeconds(response.header("Retry-After"));
          scheduler.schedule(() -> call.clone().enqueue(this), delay, TimeUnit.SECONDS);
          return;
        }
        if (!response.isSuccessful()) {
          listener.onEnd("HTTP " + code);
          return;
        }
        listener.onPage(response.body().string());
        String next = response.header("X-Next-Page");
        if (next != null) {
          Request nextPage = new Request.Builder().url(next).get().build();
          client.newCall(nextPage).enqueue(this);
        } else {
          listener.onEnd("done");
        }
      }
    }

    @Override
    public void onFailure(Call call, IOException e) {
      // A connection failure: the same page is asked again, there is no status to honour.
      scheduler.schedule(() -> call.clone().enqueue(this), 5, TimeUnit.SECONDS);
    }
  }

  private static long retryAfterSeconds(String header) {
    if (header == null || !header.trim().matches("\\d+")) {
      return DEFAULT_DELAY_SECONDS;
    }
    return Long.parseLong(header.trim());
  }
}
