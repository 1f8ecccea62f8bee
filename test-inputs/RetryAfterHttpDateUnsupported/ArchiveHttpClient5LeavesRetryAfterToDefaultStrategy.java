package inputs.retryafterhttpdateunsupported;

import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.util.TimeValue;

/**
 * HttpClient 5's DefaultHttpRequestRetryStrategy reads Retry-After as seconds, else as a date: the
 * header's name only configures logging here.
 */
public class ArchiveHttpClient5LeavesRetryAfterToDefaultStrategy {
  static final String WAIT_HEADER = HttpHeaders.RETRY_AFTER;

  public CloseableHttpClient client() {
    return HttpClients.custom()
        .setRetryStrategy(new DefaultHttpRequestRetryStrategy(3, TimeValue.ofSeconds(1)))
        .build();
  }

  public int configuredRetries(String maxRetries) {
    return Integer.parseInt(maxRetries);
  }
}
