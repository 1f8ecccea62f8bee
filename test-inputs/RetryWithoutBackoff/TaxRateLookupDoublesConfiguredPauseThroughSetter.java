package inputs.retrywithoutbackoff;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Looks up tax rates; after each failed attempt the configured pause is doubled through its setter. */
public class TaxRateLookupDoublesConfiguredPauseThroughSetter {

  private final HttpClient http = HttpClient.newHttpClient();
  private long pauseMillis = 500;

  public void setPauseMillis(long pauseMillis) {
    this.pauseMillis = pauseMillis;
  }

  public String lookup(URI uri) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).GET().build();
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      if (status == 200) {
        return response.body();
      }
      if ((status != 500 && status != 502) || attempt >= 4) {
        throw new IOException("tax rate lookup failed: HTTP " + status);
      }
      Thread.sleep(pauseMillis);
      setPauseMillis(Math.min(pauseMillis * 2, 8_000));
    }
  }
}
