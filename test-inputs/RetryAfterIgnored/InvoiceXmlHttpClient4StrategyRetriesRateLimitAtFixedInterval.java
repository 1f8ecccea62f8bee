package inputs.retryafterignored;

import org.apache.http.HttpResponse;
import org.apache.http.HttpStatus;
import org.apache.http.client.ServiceUnavailableRetryStrategy;
import org.apache.http.protocol.HttpContext;

/**
 * ServiceUnavailableRetryStrategy of the Apache HttpClient 4 client that sends e-invoices to InvoiceXML: a 429 or a
 * 503 is re-sent after a fixed 1.5 s interval, while the API's Retry-After asks for up to a minute.
 */
public class InvoiceXmlHttpClient4StrategyRetriesRateLimitAtFixedInterval implements ServiceUnavailableRetryStrategy {

  private static final int MAX_RETRIES = 5;

  @Override
  // BUG: Diagnostic contains: RetryAfterIgnored
  // BUG: Diagnostic contains: RetryWithoutBackoff
  public boolean retryRequest(HttpResponse response, int executionCount, HttpContext context) {
    int status = response.getStatusLine().getStatusCode();
    if (executionCount > MAX_RETRIES) {
      return false;
    }
    switch (status) {
      case HttpStatus.SC_TOO_MANY_REQUESTS:
      case HttpStatus.SC_SERVICE_UNAVAILABLE:
        return true;
      default:
        return false;
    }
  }

  @Override
  public long getRetryInterval() {
    return 1_500L;
  }
}
