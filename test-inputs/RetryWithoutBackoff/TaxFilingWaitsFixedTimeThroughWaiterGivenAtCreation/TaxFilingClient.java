package inputs.retrywithoutbackoff.fixedwaiter;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Submits tax filings; a gateway failure waits one second through the waiter given at creation, every time, then
 * sends again, up to six times.
 */
public class TaxFilingClient {
  private final HttpClient http;
  private final FilingWaiter waiter;

  public TaxFilingClient(HttpClient http, FilingWaiter waiter) {
    this.http = http;
    this.waiter = waiter;
  }

  public String submit(URI uri, String json) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(json)).build();
    int attempt = 0;
    while (true) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      if ((status != 502 && status != 504) || ++attempt > 6) {
        return response.body();
      }
      // BUG: Diagnostic contains: RetryWithoutBackoff
      waiter.await(1_000L);
    }
  }
}
