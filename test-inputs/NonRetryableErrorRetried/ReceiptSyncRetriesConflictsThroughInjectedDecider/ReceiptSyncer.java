package inputs.nonretryableerrorretried.injecteddecider;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Sends receipts; a failure is sent again when the injected decider says so. The only decider of the package sends a
 * 409 Conflict again, which the API answers the same way every time.
 */
public class ReceiptSyncer {
  private static final int MAX_ATTEMPTS = 4;

  private final HttpClient http;
  private final RetryDecider decider;

  public ReceiptSyncer(HttpClient http, RetryDecider decider) {
    this.http = http;
    this.decider = decider;
  }

  public String sync(URI uri, String receiptJson) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(receiptJson)).build();
    for (int attempt = 1; ; attempt++) {
      // BUG: Diagnostic contains: NonRetryableErrorRetried
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() < 300) {
        return response.body();
      }
      if (!decider.shouldRetry(response.statusCode()) || attempt == MAX_ATTEMPTS) {
        throw new IOException("receipt sync failed: " + response.statusCode());
      }
      Thread.sleep(500L << attempt);
    }
  }
}
