package inputs.nonretryableerrorretried.injectedgatewaydecider;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Sends stock levels; a failure is sent again when the injected decider says so. The only decider of the package
 * sends again only the gateway failures (500, 502, 504), none of which comes with a Retry-After to honour.
 */
public class StockSyncer {
  private static final int MAX_ATTEMPTS = 4;

  private final HttpClient http;
  private final GatewayRetryDecider decider;

  public StockSyncer(HttpClient http, GatewayRetryDecider decider) {
    this.http = http;
    this.decider = decider;
  }

  public String sync(URI uri, String stockJson) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(stockJson)).build();
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() < 300) {
        return response.body();
      }
      if (!decider.shouldRetry(response.statusCode()) || attempt == MAX_ATTEMPTS) {
        throw new IOException("stock sync failed: " + response.statusCode());
      }
      Thread.sleep(500L << attempt);
    }
  }
}
