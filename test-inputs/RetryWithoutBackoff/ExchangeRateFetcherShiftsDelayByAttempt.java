package inputs.retrywithoutbackoff;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Fetches the ECB exchange rates used to convert foreign invoices. */
public class ExchangeRateFetcherShiftsDelayByAttempt {

  private static final long BASE_DELAY_MS = 250;
  private static final int MAX_ATTEMPTS = 5;

  private final HttpClient http;
  private final URI ratesUri;

  public ExchangeRateFetcherShiftsDelayByAttempt(HttpClient http, URI ratesUri) {
    this.http = http;
    this.ratesUri = ratesUri;
  }

  public String fetch() throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(ratesUri).GET().build();
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() < 500) {
        return response.body();
      }
      // Exponential: 250 ms, 500 ms, 1 s, 2 s...
      // BUG: Diagnostic contains: RetryAfterIgnored
      Thread.sleep(BASE_DELAY_MS << attempt);
    }
    throw new IOException("exchange rates unavailable");
  }
}
