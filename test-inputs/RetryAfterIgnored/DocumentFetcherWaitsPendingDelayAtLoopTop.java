package inputs.retryafterignored;

import java.io.IOException;
import java.util.Set;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Fetches issued documents; a throttled fetch is tried again after the wait the API asked for,
 * slept at the top of the next attempt when there is one.
 */
public class DocumentFetcherWaitsPendingDelayAtLoopTop {

  private static final Set<Integer> THROTTLED = Set.of(429, 503);

  private final OkHttpClient client = new OkHttpClient();

  public String fetch(Request request) throws IOException {
    long pendingDelayMillis = 0;
    for (int attempt = 0; attempt < 5; attempt++) {
      if (pendingDelayMillis > 0) {
        try {
          Thread.sleep(pendingDelayMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while throttled", e);
        }
      }
      try (Response response = client.newCall(request).execute()) {
        if (!THROTTLED.contains(response.code())) {
          if (!response.isSuccessful()) {
            throw new IOException("fetch failed: " + response.code());
          }
          return response.body().string();
        }
        String retryAfter = response.header("Retry-After", "1");
        // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
        pendingDelayMillis = Math.max(1_000L * Long.parseLong(retryAfter.trim()), 250L);
      }
    }
    throw new IOException("still throttled after 5 attempts");
  }
}
