package inputs.retryafterignored;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Reads the partner feed, sending again only when the connection could not be made, after a
 * back-off that a helper of the loop condition sleeps. A 429 or 503 ends the loop and is reported
 * to the caller.
 */
public class FeedReaderResendsOnlyAfterConnectFailureInLoopCondition {

  private final HttpClient http = HttpClient.newHttpClient();

  public String read(URI feed) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(feed).GET().build();
    HttpResponse<String> response = null;
    IOException failure;
    int attempt = 0;
    do {
      failure = null;
      try {
        response = http.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", interrupted);
      } catch (IOException e) {
        failure = e;
      }
    } while (failure instanceof ConnectException && ++attempt < 4 && pause(attempt));
    if (failure != null) {
      throw failure;
    }
    if (response.statusCode() == 429 || response.statusCode() == 503) {
      throw new IOException("feed busy: " + response.statusCode());
    }
    return response.body();
  }

  private boolean pause(int attempt) {
    try {
      Thread.sleep(500L << attempt);
      return true;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
