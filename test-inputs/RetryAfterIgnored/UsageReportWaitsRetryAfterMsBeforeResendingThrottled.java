package inputs.retryafterignored;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A throttled request is re-sent after the milliseconds the server sends in retry-after-ms. */
public class UsageReportWaitsRetryAfterMsBeforeResendingThrottled {
  private final HttpClient client = HttpClient.newHttpClient();

  public String report(URI uri) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).GET().build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 429) {
      long millis = response.headers().firstValue("retry-after-ms").map(Long::parseLong).orElse(1000L);
      Thread.sleep(millis);
      response = client.send(request, HttpResponse.BodyHandlers.ofString());
    }
    return response.body();
  }
}
