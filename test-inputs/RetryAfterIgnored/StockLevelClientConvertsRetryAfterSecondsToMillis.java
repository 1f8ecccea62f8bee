package inputs.retryafterignored;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Reads warehouse stock levels, waiting as long as the service asks when it throttles. */
public class StockLevelClientConvertsRetryAfterSecondsToMillis {

  private static final int MAX_ATTEMPTS = 4;

  public String stockOf(URL product) throws IOException, InterruptedException {
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      HttpURLConnection connection = (HttpURLConnection) product.openConnection();
      int status = connection.getResponseCode();
      if (status == HttpURLConnection.HTTP_OK) {
        return new String(connection.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      }
      if (status != 429 && status != HttpURLConnection.HTTP_UNAVAILABLE) {
        throw new IOException("stock lookup failed: " + status);
      }
      // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
      long retryAfterSeconds = connection.getHeaderFieldLong("Retry-After", 1L);
      long waitMillis = Math.max(TimeUnit.SECONDS.toMillis(retryAfterSeconds), 200L * attempt);
      Thread.sleep(waitMillis);
    }
    throw new IOException("stock service still throttling");
  }

  public String stockOfWithSecondsSleep(URL product) throws IOException, InterruptedException {
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      HttpURLConnection connection = (HttpURLConnection) product.openConnection();
      int status = connection.getResponseCode();
      if (status < 300) {
        return new String(connection.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      }
      if (status != 429) {
        throw new IOException("stock lookup failed: " + status);
      }
      // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
      int seconds = Integer.parseInt(connection.getHeaderField("Retry-After"));
      TimeUnit.SECONDS.sleep(seconds);
    }
    throw new IOException("stock service still throttling");
  }

  /** Reserves stock; the helper that reads the header answers in milliseconds. */
  public void reserve(URL reservation) throws IOException, InterruptedException {
    long delay = 0;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      if (delay > 0) {
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
      delay = throttleDelayMillis(connection, attempt);
    }
    throw new IOException("reservation still throttled");
  }

  private static long throttleDelayMillis(HttpURLConnection throttled, int attempt) {
    String header = throttled.getHeaderField("Retry-After");
    // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
    long seconds = header == null ? 0 : Long.parseLong(header);
    return Math.max(seconds * 1000L, 100L * attempt);
  }
}
