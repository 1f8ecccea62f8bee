package inputs.nonretryableerrorretried;

import java.io.IOException;
import java.net.SocketTimeoutException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.client5.http.HttpRequestRetryStrategy;

/**
 * Retry strategy of the Apache HttpClient 5 client that reads received documents from Fatture in Cloud: every 4xx
 * and 5xx is re-sent after two seconds, so a 404 for a deleted document or a 401 with an expired token is sent again
 * unchanged, and a 429 waits two seconds instead of its Retry-After.
 */
public class ReceivedDocumentsHttpClient5RetriesEveryErrorStatus implements HttpRequestRetryStrategy {

  private static final int MAX_RETRIES = 3;

  @Override
  public boolean retryRequest(HttpRequest request, IOException exception, int execCount, HttpContext context) {
    return execCount <= MAX_RETRIES && exception instanceof SocketTimeoutException;
  }

  @Override
  // BUG: Diagnostic contains: NonRetryableErrorRetried
  // BUG: Diagnostic contains: RetryAfterIgnored
  // BUG: Diagnostic contains: RetryWithoutBackoff
  public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
    return execCount <= MAX_RETRIES && response.getCode() >= 400;
  }

  @Override
  public TimeValue getRetryInterval(HttpResponse response, int execCount, HttpContext context) {
    return TimeValue.ofSeconds(2);
  }
}
