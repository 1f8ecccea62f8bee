package inputs.retrywithoutbackoff;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Sends the ledger export; the back-off runs at the top of every attempt but the first, so the
 * path from a failure straight to the next send without a wait is never taken.
 */
public class LedgerExportBacksOffAtTheTopOfEachLaterAttempt {

  private static final int MAX_ATTEMPTS = 5;

  private final HttpClient http = HttpClient.newHttpClient();

  public String export(URI exportUri) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(exportUri).GET().build();
    int attempts = 0;
    while (true) {
      if (attempts > 0) {
        if (attempts >= MAX_ATTEMPTS) {
          throw new IOException("ledger export failed " + attempts + " times");
        }
        Thread.sleep(attempts * 200L);
      }
      attempts++;
      HttpResponse<String> response;
      try {
        response = http.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        continue;
      }
      int status = response.statusCode();
      if (status == 500 || status == 502 || status == 504) {
        continue;
      }
      if (status != 200) {
        throw new IllegalStateException("ledger export refused: HTTP " + status);
      }
      return response.body();
    }
  }
}
