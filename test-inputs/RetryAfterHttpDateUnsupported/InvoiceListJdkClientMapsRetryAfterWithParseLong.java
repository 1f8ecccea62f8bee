package inputs.retryafterhttpdateunsupported;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Lists invoices; a 429 is waited out for the seconds in Retry-After, read only as a number. */
public class InvoiceListJdkClientMapsRetryAfterWithParseLong {
  private final HttpClient client = HttpClient.newHttpClient();

  public String list(URI uri) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).GET().build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 429) {
      long seconds =
          response
              .headers()
              .firstValue("Retry-After")
              // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
              .map(Long::parseLong)
              .orElse(5L);
      Thread.sleep(Duration.ofSeconds(seconds).toMillis());
      response = client.send(request, HttpResponse.BodyHandlers.ofString());
    }
    return response.body();
  }
}
