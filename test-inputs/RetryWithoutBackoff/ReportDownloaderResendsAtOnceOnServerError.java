package inputs.retrywithoutbackoff;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Downloads the daily sales report as CSV. */
public class ReportDownloaderResendsAtOnceOnServerError {

  private static final int MAX_ATTEMPTS = 4;

  private final HttpClient http;
  private final URI reportUri;

  public ReportDownloaderResendsAtOnceOnServerError(HttpClient http, URI reportUri) {
    this.http = http;
    this.reportUri = reportUri;
  }

  public String download() throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(reportUri).header("Accept", "text/csv").GET().build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    int attempts = 1;
    while (response.statusCode() >= 500 && attempts < MAX_ATTEMPTS) {
      attempts++;
      // Sent again straight away: the overloaded server gets the next request at once.
      // BUG: Diagnostic contains: RetryWithoutBackoff
      // BUG: Diagnostic contains: RetryAfterIgnored
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    }
    if (response.statusCode() != 200) {
      throw new IOException("report download failed: HTTP " + response.statusCode());
    }
    return response.body();
  }
}
