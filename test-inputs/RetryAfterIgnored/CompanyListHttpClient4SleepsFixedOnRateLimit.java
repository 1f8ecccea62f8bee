package inputs.retryafterignored;

import java.io.IOException;
import org.apache.http.HttpStatus;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.util.EntityUtils;

/**
 * Reads the user's companies from the Fatture in Cloud REST API with Apache HttpClient 4, pausing a fixed two seconds
 * after a 429 or a 503 instead of the wait the API's Retry-After header asks for.
 */
public class CompanyListHttpClient4SleepsFixedOnRateLimit {

  private static final int MAX_ATTEMPTS = 4;
  private static final long PAUSE_MILLIS = 2_000L;

  private final CloseableHttpClient client;
  private final String baseUrl;

  public CompanyListHttpClient4SleepsFixedOnRateLimit(CloseableHttpClient client, String baseUrl) {
    this.client = client;
    this.baseUrl = baseUrl;
  }

  public String listCompanies(String accessToken) throws IOException, InterruptedException {
    HttpGet get = new HttpGet(baseUrl + "/user/companies");
    get.setHeader("Authorization", "Bearer " + accessToken);
    for (int attempt = 1; ; attempt++) {
      try (CloseableHttpResponse response = client.execute(get)) {
        int status = response.getStatusLine().getStatusCode();
        if ((status == HttpStatus.SC_TOO_MANY_REQUESTS || status == HttpStatus.SC_SERVICE_UNAVAILABLE)
            && attempt < MAX_ATTEMPTS) {
          EntityUtils.consume(response.getEntity());
          // BUG: Diagnostic contains: RetryAfterIgnored
          // BUG: Diagnostic contains: RetryWithoutBackoff
          Thread.sleep(PAUSE_MILLIS);
          continue;
        }
        if (status != HttpStatus.SC_OK) {
          throw new IOException("Company list failed with HTTP " + status);
        }
        return EntityUtils.toString(response.getEntity());
      }
    }
  }
}
