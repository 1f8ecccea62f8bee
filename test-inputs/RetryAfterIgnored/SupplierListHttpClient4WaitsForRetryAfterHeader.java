package inputs.retryafterignored;

import java.io.IOException;
import org.apache.http.Header;
import org.apache.http.HttpHeaders;
import org.apache.http.HttpStatus;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.util.EntityUtils;

/**
 * Lists the suppliers of a Fatture in Cloud company with Apache HttpClient 4: after a 429 or a 503 it waits the
 * seconds of the response's Retry-After header before asking again, and gives up when the header is missing.
 */
public class SupplierListHttpClient4WaitsForRetryAfterHeader {

  private static final int MAX_ATTEMPTS = 3;

  private final CloseableHttpClient client;
  private final String suppliersUrl;

  public SupplierListHttpClient4WaitsForRetryAfterHeader(CloseableHttpClient client, String suppliersUrl) {
    this.client = client;
    this.suppliersUrl = suppliersUrl;
  }

  public String listSuppliers() throws IOException, InterruptedException {
    HttpGet get = new HttpGet(suppliersUrl);
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try (CloseableHttpResponse response = client.execute(get)) {
        int status = response.getStatusLine().getStatusCode();
        if (status == HttpStatus.SC_OK) {
          return EntityUtils.toString(response.getEntity());
        }
        Header retryAfter = response.getFirstHeader(HttpHeaders.RETRY_AFTER);
        if ((status == HttpStatus.SC_TOO_MANY_REQUESTS || status == HttpStatus.SC_SERVICE_UNAVAILABLE)
            && retryAfter != null) {
          // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
          long seconds = Long.parseLong(retryAfter.getValue().trim());
          Thread.sleep(seconds * 1_000L);
          continue;
        }
        throw new IOException("Supplier list failed with HTTP " + status);
      }
    }
    throw new IOException("Supplier list still rate limited after " + MAX_ATTEMPTS + " attempts");
  }
}
