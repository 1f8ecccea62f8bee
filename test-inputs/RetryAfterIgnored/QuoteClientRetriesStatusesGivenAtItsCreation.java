package inputs.retryafterignored;

import java.io.IOException;
import java.util.Set;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Reads quotes (preventivi) for the sales dashboard; the statuses it retries are given when it is built. */
public class QuoteClientRetriesStatusesGivenAtItsCreation {

  private final OkHttpClient http;
  private final Set<Integer> retried;

  private QuoteClientRetriesStatusesGivenAtItsCreation(OkHttpClient http, Set<Integer> retried) {
    this.http = http;
    this.retried = retried;
  }

  public static QuoteClientRetriesStatusesGivenAtItsCreation forDashboard(OkHttpClient http) {
    return new QuoteClientRetriesStatusesGivenAtItsCreation(http, Set.of(429, 503));
  }

  public String quotes(String url) throws IOException, InterruptedException {
    Request request = new Request.Builder().url(url).get().build();
    for (int attempt = 1; attempt <= 3; attempt++) {
      try (Response response = http.newCall(request).execute()) {
        if (response.isSuccessful()) {
          return response.body().string();
        }
        if (!retried.contains(response.code())) {
          throw new IOException("quotes: HTTP " + response.code());
        }
      }
      // BUG: Diagnostic contains: RetryAfterIgnored
      Thread.sleep(1_500L * attempt);
    }
    throw new IOException("quotes still unavailable");
  }
}
