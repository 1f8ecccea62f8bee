package inputs.retryafterignored;

import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Fetches issued documents, backing off between attempts when the API is busy. */
public class DocumentFetcherSleepsOwnBackoffAtLoopTop {

  private final OkHttpClient client = new OkHttpClient();

  public String fetch(Request request) throws IOException, InterruptedException {
    long backoffMillis = 0;
    for (int attempt = 0; attempt < 5; attempt++) {
      if (backoffMillis > 0) {
        // BUG: Diagnostic contains: RetryAfterIgnored
        Thread.sleep(backoffMillis);
      }
      try (Response response = client.newCall(request).execute()) {
        if (response.code() != 429 && response.code() != 503) {
          if (!response.isSuccessful()) {
            throw new IOException("fetch failed: " + response.code());
          }
          return response.body().string();
        }
      }
      backoffMillis = backoffMillis == 0 ? 500 : backoffMillis * 2;
    }
    throw new IOException("still busy after 5 attempts");
  }
}
