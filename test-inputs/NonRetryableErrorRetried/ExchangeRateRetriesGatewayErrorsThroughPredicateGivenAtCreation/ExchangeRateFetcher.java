package inputs.nonretryableerrorretried.gatewaypredicateatcreation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.IntPredicate;

/**
 * Fetches exchange rates; a failure is fetched again when the predicate given at creation accepts its status. The
 * only creation passes a predicate that accepts the gateway failures 502 and 504 alone.
 */
public class ExchangeRateFetcher {
  private static final int MAX_ATTEMPTS = 4;

  private final HttpClient http;
  private final IntPredicate retryable;

  public ExchangeRateFetcher(HttpClient http, IntPredicate retryable) {
    this.http = http;
    this.retryable = retryable;
  }

  public String fetch(URI uri) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).GET().build();
    int attempt = 0;
    while (true) {
      attempt++;
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      if (status == 200) {
        return response.body();
      }
      if (attempt >= MAX_ATTEMPTS || !retryable.test(status)) {
        throw new IOException("fetch failed with " + status);
      }
      Thread.sleep(250L * (1L << attempt));
    }
  }
}
