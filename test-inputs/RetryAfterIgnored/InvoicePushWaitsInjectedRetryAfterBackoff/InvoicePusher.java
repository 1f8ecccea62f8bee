package inputs.retryafterignored.injectedbackoff;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Pushes invoices; a throttled push waits as long as the injected back-off says, then goes again. */
public class InvoicePusher {
  private static final int MAX_ATTEMPTS = 5;

  private final HttpClient http;
  private final ThrottleBackoff backoff;

  public InvoicePusher(HttpClient http, ThrottleBackoff backoff) {
    this.http = http;
    this.backoff = backoff;
  }

  public String push(URI uri, String invoiceJson) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(invoiceJson)).build();
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 429 || attempt == MAX_ATTEMPTS) {
        return response.body();
      }
      Thread.sleep(backoff.delayMillis(response, attempt));
    }
  }
}
