package inputs.retrywithoutbackoff.doublingwaiter;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Submits tax returns; a gateway failure waits through the waiter given at creation, twice as long after each attempt,
 * then sends again, up to six times.
 */
public class TaxReturnClient {
  private final HttpClient http;
  private final ReturnWaiter waiter;

  public TaxReturnClient(HttpClient http, ReturnWaiter waiter) {
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
      waiter.await(500L << attempt);
    }
  }
}
