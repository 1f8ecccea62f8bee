package inputs.retryafterignored.jitteredbackoff;

import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Exports receipts; a throttled export waits as long as the injected back-off says. */
public class ReceiptExporter {
  private final OkHttpClient http;
  private final ReceiptBackoff backoff;

  public ReceiptExporter(OkHttpClient http, ReceiptBackoff backoff) {
    this.http = http;
    this.backoff = backoff;
  }

  public String export(String url) throws IOException, InterruptedException {
    Request request = new Request.Builder().url(url).build();
    for (int attempt = 1; attempt <= 4; attempt++) {
      try (Response response = http.newCall(request).execute()) {
        if (response.code() != 429) {
          return response.body().string();
        }
        // BUG: Diagnostic contains: RetryAfterIgnored
        Thread.sleep(backoff.waitMillis(response, attempt));
      }
    }
    throw new IOException("receipt export still throttled");
  }
}
