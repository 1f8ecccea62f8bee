package inputs.retrywithoutbackoff;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Reads the warehouse stock level before an order is invoiced. */
public class StockLevelReaderTriesTwiceWithFixedPause {

  private static final int ATTEMPTS = 2;
  private static final long PAUSE_MS = 1000;

  private final HttpClient http;

  public StockLevelReaderTriesTwiceWithFixedPause(HttpClient http) {
    this.http = http;
  }

  public String read(URI stockUri) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(stockUri).GET().build();
    IOException last = null;
    // One first attempt and a single retry: a fixed pause is fine for one re-send.
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return response.body();
        }
        last = new IOException("stock service answered " + response.statusCode());
      } catch (IOException e) {
        last = e;
      }
      // BUG: Diagnostic contains: RetryAfterIgnored
      Thread.sleep(PAUSE_MS);
    }
    throw last;
  }
}
