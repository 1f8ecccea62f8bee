package inputs.retryafterignored;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import net.jodah.failsafe.Failsafe;
import net.jodah.failsafe.RetryPolicy;

/** Fetches daily exchange rates, re-sending throttled and unavailable calls after the wait the server asks for. */
public class ExchangeRateFetcherDelayFunctionReadsRetryAfterWithFailsafe2 {

  private static final URI RATES = URI.create("https://rates.example.com/v1/daily");

  private final HttpClient http;
  private final RetryPolicy<HttpResponse<String>> retryPolicy = new RetryPolicy<HttpResponse<String>>()
      .handleResultIf(response -> response.statusCode() == 429 || response.statusCode() == 503)
      .withDelay((response, failure, context) -> response == null
          ? Duration.ofSeconds(1)
          // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
          : Duration.ofSeconds(response.headers().firstValueAsLong("Retry-After").orElse(1)))
      .withMaxRetries(4);

  public ExchangeRateFetcherDelayFunctionReadsRetryAfterWithFailsafe2(HttpClient http) {
    this.http = http;
  }

  public String daily() {
    return Failsafe.with(retryPolicy).get(this::send).body();
  }

  private HttpResponse<String> send() throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(RATES).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
