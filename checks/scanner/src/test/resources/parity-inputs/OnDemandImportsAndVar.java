package parityinputs;

import static java.lang.Thread.sleep;
import static java.net.HttpURLConnection.*;
import static java.util.concurrent.TimeUnit.SECONDS;

import java.io.IOException;
import java.net.URI;
import java.net.http.*;

/** On-demand imports of JDK packages, static imports (a method, a constant, an enum constant), var, fully qualified names. */
public class OnDemandImportsAndVar {
  private final HttpClient http = HttpClient.newHttpClient();

  public String fetch(URI uri) throws IOException, InterruptedException {
    var request = HttpRequest.newBuilder(uri).build();
    for (int attempt = 0; attempt < 3; attempt++) {
      // BUG: Diagnostic contains: NonRetryableErrorRetried
      var response = http.send(request, HttpResponse.BodyHandlers.ofString());
      var status = response.statusCode();
      if (status == HTTP_OK) {
        return response.body();
      }
      if (status == 429) {
        // BUG: Diagnostic contains: RetryAfterIgnored
        // BUG: Diagnostic contains: RetryWithoutBackoff
        sleep(1000);
        continue;
      }
      if (status == HTTP_UNAVAILABLE) {
        // BUG: Diagnostic contains: RetryAfterIgnored
        // BUG: Diagnostic contains: RetryWithoutBackoff
        SECONDS.sleep(2);
      }
    }
    return null;
  }

  public String fetchNotFound(URI uri) throws IOException, InterruptedException {
    var client = java.net.http.HttpClient.newHttpClient();
    var request = HttpRequest.newBuilder(uri).build();
    while (true) {
      // BUG: Diagnostic contains: NonRetryableErrorRetried
      java.net.http.HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != HTTP_NOT_FOUND) {
        return response.body();
      }
    }
  }
}
