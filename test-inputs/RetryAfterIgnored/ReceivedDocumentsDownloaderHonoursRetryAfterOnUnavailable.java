package inputs.retryafterignored;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.hc.core5.http.HttpHeaders;

/** Downloads passive (supplier) invoices received through SDI for the accounts-payable team. */
public class ReceivedDocumentsDownloaderHonoursRetryAfterOnUnavailable {

  private static final int HTTP_TOO_MANY_REQUESTS = 429;
  private static final int MAX_ATTEMPTS = 5;

  private final String baseUrl;
  private final String accessToken;

  public ReceivedDocumentsDownloaderHonoursRetryAfterOnUnavailable(String baseUrl, String accessToken) {
    this.baseUrl = baseUrl;
    this.accessToken = accessToken;
  }

  public String listPassiveInvoices(int companyId, int page) throws IOException, InterruptedException {
    URI uri = URI.create(baseUrl + "/c/" + companyId + "/received_documents?type=expense&page=" + page);
    int attempt = 0;
    int status;
    do {
      attempt++;
      HttpURLConnection conn = (HttpURLConnection) uri.toURL().openConnection();
      conn.setRequestProperty("Authorization", "Bearer " + accessToken);
      conn.setRequestProperty("Accept", "application/json");
      try {
        status = conn.getResponseCode();
        if (status == HttpURLConnection.HTTP_OK) {
          try (InputStream in = conn.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
        }
        if (status != HTTP_TOO_MANY_REQUESTS && status != HttpURLConnection.HTTP_UNAVAILABLE) {
          throw new IOException("received documents request failed: HTTP " + status);
        }
        String retryAfter = conn.getHeaderField(HttpHeaders.RETRY_AFTER);
        long waitMillis;
        if (retryAfter == null) {
          waitMillis = 1_000L << attempt;
        } else {
          waitMillis = parseRetryAfterMillis(retryAfter);
        }
        Thread.sleep(waitMillis);
      } finally {
        conn.disconnect();
      }
    } while (attempt < MAX_ATTEMPTS);
    throw new IOException("received documents still unavailable after " + MAX_ATTEMPTS + " attempts (HTTP " + status + ")");
  }

  private static long parseRetryAfterMillis(String retryAfter) {
    String value = retryAfter.trim();
    if (value.matches("\\d+")) {
      return Long.parseLong(value) * 1_000L;
    }
    long until = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
    return Math.max(0L, until - System.currentTimeMillis());
  }
}
