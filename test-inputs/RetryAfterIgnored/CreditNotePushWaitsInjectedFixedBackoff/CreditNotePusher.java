package inputs.retryafterignored.injectedfixedbackoff;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Pushes credit notes; a throttled push waits as long as the injected back-off says. The only back-off of the
 * package ignores Retry-After.
 */
public class CreditNotePusher {
  private static final int MAX_ATTEMPTS = 5;

  private final HttpClient http;
  private final PauseBackoff backoff;

  public CreditNotePusher(HttpClient http, PauseBackoff backoff) {
    this.http = http;
    this.backoff = backoff;
  }

  public String push(URI uri, String creditNoteJson) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(creditNoteJson)).build();
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 429 || attempt == MAX_ATTEMPTS) {
        return response.body();
      }
      // BUG: Diagnostic contains: RetryAfterIgnored
      Thread.sleep(backoff.delayMillis(response, attempt));
    }
  }
}
