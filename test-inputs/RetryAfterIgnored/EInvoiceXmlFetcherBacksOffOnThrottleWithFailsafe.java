package inputs.retryafterignored;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Downloads the XML of issued e-invoices, re-sending throttled requests with an exponential back-off. */
public class EInvoiceXmlFetcherBacksOffOnThrottleWithFailsafe {

  private static final String XML_URL = "https://api-v2.fattureincloud.it/c/%d/issued_documents/%d/e_invoice/xml";

  private static final RetryPolicy<HttpResponse<String>> THROTTLE_RETRY = RetryPolicy.<HttpResponse<String>>builder()
      .handleResultIf(response -> response.statusCode() == 429)
      .withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30))
      .withMaxRetries(5)
      // BUG: Diagnostic contains: RetryAfterIgnored
      .build();

  private final HttpClient http;
  private final String accessToken;

  public EInvoiceXmlFetcherBacksOffOnThrottleWithFailsafe(HttpClient http, String accessToken) {
    this.http = http;
    this.accessToken = accessToken;
  }

  public String fetch(int companyId, int documentId) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(String.format(XML_URL, companyId, documentId)))
        .header("Authorization", "Bearer " + accessToken)
        .GET()
        .build();
    return Failsafe.with(THROTTLE_RETRY).get(() -> send(request)).body();
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
