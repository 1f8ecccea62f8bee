package inputs.retrywithoutbackoff;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Looks up tax codes; the pause between attempts is configurable, but whatever it is set to, every attempt waits
 * the same.
 */
public class TaxCodeLookupSleepsConfiguredPauseEveryAttempt {

  private final HttpClient http = HttpClient.newHttpClient();
  private long pauseMillis = 1_000;
  private int maxAttempts = 4;

  public void setPauseMillis(long pauseMillis) {
    this.pauseMillis = pauseMillis;
  }

  public void setMaxAttempts(int maxAttempts) {
    this.maxAttempts = maxAttempts;
  }

  public String lookup(URI uri) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).GET().build();
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      if (status == 200) {
        return response.body();
      }
      if ((status != 500 && status != 502) || attempt >= maxAttempts) {
        throw new IOException("tax code lookup failed: HTTP " + status);
      }
      // BUG: Diagnostic contains: RetryWithoutBackoff
      Thread.sleep(pauseMillis);
    }
  }
}
