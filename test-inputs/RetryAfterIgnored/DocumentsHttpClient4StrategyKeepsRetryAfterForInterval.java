package inputs.retryafterignored;

import org.apache.http.Header;
import org.apache.http.HttpResponse;
import org.apache.http.HttpStatus;
import org.apache.http.client.ServiceUnavailableRetryStrategy;
import org.apache.http.protocol.HttpContext;

/**
 * ServiceUnavailableRetryStrategy of the Apache HttpClient 4 client that downloads issued documents from Fatture in
 * Cloud: getRetryInterval cannot see the response, so retryRequest keeps the seconds of the 429's or 503's
 * Retry-After header for it, and re-sends only when the header was there.
 */
public class DocumentsHttpClient4StrategyKeepsRetryAfterForInterval implements ServiceUnavailableRetryStrategy {

  private static final int MAX_RETRIES = 3;

  private final ThreadLocal<Long> retryAfterMillis = ThreadLocal.withInitial(() -> 1_000L);

  @Override
  public boolean retryRequest(HttpResponse response, int executionCount, HttpContext context) {
    int status = response.getStatusLine().getStatusCode();
    if (executionCount > MAX_RETRIES
        || (status != HttpStatus.SC_TOO_MANY_REQUESTS && status != HttpStatus.SC_SERVICE_UNAVAILABLE)) {
      return false;
    }
    Header header = response.getFirstHeader("Retry-After");
    if (header == null) {
      return false;
    }
    // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
    retryAfterMillis.set(Long.parseLong(header.getValue().trim()) * 1_000L);
    return true;
  }

  @Override
  public long getRetryInterval() {
    return retryAfterMillis.get();
  }
}
