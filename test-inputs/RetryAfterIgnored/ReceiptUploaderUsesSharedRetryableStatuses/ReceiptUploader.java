package inputs.retryafterignored.sharedstatuses;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Uploads scanned receipts as attachments of received documents. */
public class ReceiptUploader {

  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;
  private final String accessToken;

  public ReceiptUploader(String baseUrl, String accessToken) {
    this.baseUrl = baseUrl;
    this.accessToken = accessToken;
  }

  public String upload(int companyId, byte[] pdf) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder()
            .uri(URI.create(baseUrl + "/c/" + companyId + "/received_documents/attachment"))
            .header("Authorization", "Bearer " + accessToken)
            .header("Content-Type", "application/pdf")
            .POST(HttpRequest.BodyPublishers.ofByteArray(pdf))
            .build();
    long backoff = ApiRetrySettings.FIRST_BACKOFF_MILLIS;
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      if (status / 100 == 2) {
        return response.body();
      }
      if (!ApiRetrySettings.RETRYABLE_STATUSES.contains(status)
          || attempt == ApiRetrySettings.MAX_ATTEMPTS) {
        throw new IOException("receipt upload failed with " + status + ": " + response.body());
      }
      // BUG: Diagnostic contains: RetryAfterIgnored
      Thread.sleep(backoff);
      backoff *= 2;
    }
  }
}
