package inputs.retryafterignored.sharedstatuseswithretryafter;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/** Uploads receipts and slows down exactly as long as the API asks when it throttles. */
public class ThrottledReceiptUploader {

  private static final int MAX_ATTEMPTS = 4;

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI endpoint;

  public ThrottledReceiptUploader(URI endpoint) {
    this.endpoint = endpoint;
  }

  public String upload(byte[] pdf) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .header("Content-Type", "application/pdf")
            .POST(HttpRequest.BodyPublishers.ofByteArray(pdf))
            .build();
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() < 300) {
        return response.body();
      }
      if (!ThrottlingStatuses.CODES.contains(response.statusCode())) {
        throw new IOException("upload rejected: " + response.statusCode());
      }
      Optional<String> retryAfter = response.headers().firstValue("Retry-After");
      // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
      long seconds = retryAfter.map(Long::parseLong).orElse(5L);
      Thread.sleep(seconds * 1000L);
    }
    throw new IOException("still throttled after " + MAX_ATTEMPTS + " attempts");
  }
}
