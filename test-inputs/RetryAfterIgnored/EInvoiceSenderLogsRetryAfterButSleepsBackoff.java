package inputs.retryafterignored;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/** Sends an issued e-invoice to SDI through the Fatture in Cloud REST endpoint. */
public class EInvoiceSenderLogsRetryAfterButSleepsBackoff {

  private static final Logger LOG = Logger.getLogger(EInvoiceSenderLogsRetryAfterButSleepsBackoff.class.getName());
  private static final int MAX_ATTEMPTS = 4;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String baseUrl;
  private final String accessToken;

  public EInvoiceSenderLogsRetryAfterButSleepsBackoff(String baseUrl, String accessToken) {
    this.baseUrl = baseUrl;
    this.accessToken = accessToken;
  }

  public String send(int companyId, int documentId) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder()
        .uri(URI.create(baseUrl + "/c/" + companyId + "/issued_documents/" + documentId + "/e_invoice/send"))
        .header("Authorization", "Bearer " + accessToken)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"data\":{}}"))
        .build();

    long backoffMillis = 1_000L;
    int attempt = 0;
    HttpResponse<String> response;
    do {
      attempt++;
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
      switch (response.statusCode()) {
        case 200:
          return response.body();
        case 429:
        case 503:
          String retryAfter = response.headers().firstValue("retry-after").orElse("n/a");
          LOG.warning("SDI send throttled (status " + response.statusCode() + ", Retry-After " + retryAfter + ")");
          // BUG: Diagnostic contains: RetryAfterIgnored
          TimeUnit.MILLISECONDS.sleep(backoffMillis);
          backoffMillis *= 2;
          break;
        default:
          throw new IllegalStateException("e-invoice send failed: " + response.statusCode() + " " + response.body());
      }
    } while (attempt < MAX_ATTEMPTS);
    throw new IllegalStateException("e-invoice send still throttled after " + MAX_ATTEMPTS + " attempts");
  }
}
