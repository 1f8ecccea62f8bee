package inputs.retryafterignored;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** Reads warehouse stock levels for the products on an invoice. */
public class StockLevelClientSleepsRetryAfterSecondsAsMillis {

  private static final int MAX_ATTEMPTS = 4;

  public String stockOf(URL product) throws IOException, InterruptedException {
    long waitMillis = 0;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      HttpURLConnection connection = (HttpURLConnection) product.openConnection();
      int status = connection.getResponseCode();
      if (status == HttpURLConnection.HTTP_OK) {
        return new String(connection.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      }
      if (status != 429 && status != HttpURLConnection.HTTP_UNAVAILABLE) {
        throw new IOException("stock lookup failed: " + status);
      }
      String retryAfter = connection.getHeaderField("Retry-After");
      // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
      int retryAfterSeconds = retryAfter == null ? 0 : Integer.parseInt(retryAfter.trim());
      waitMillis = Math.max(retryAfterSeconds, 200L * attempt);
      // BUG: Diagnostic contains: RetryAfterIgnored
      Thread.sleep(waitMillis);
    }
    throw new IOException("stock service still throttling");
  }

  /** Reserves stock; the wait before the next attempt comes from a helper that reads the header. */
  public void reserve(URL reservation) throws IOException, InterruptedException {
    long delay = 0;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      if (delay > 0) {
        // BUG: Diagnostic contains: RetryAfterIgnored
        Thread.sleep(delay);
      }
      HttpURLConnection connection = (HttpURLConnection) reservation.openConnection();
      connection.setRequestMethod("POST");
      int status = connection.getResponseCode();
      if (status < 300) {
        return;
      }
      if (status != 429) {
        throw new IOException("reservation refused: " + status);
      }
      delay = throttleDelay(connection, attempt);
    }
    throw new IOException("reservation still throttled");
  }

  private static long throttleDelay(HttpURLConnection throttled, int attempt) {
    String header = throttled.getHeaderField("Retry-After");
    // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
    long seconds = header == null ? 0 : Long.parseLong(header);
    return Math.max(seconds, 100L * attempt);
  }
}
