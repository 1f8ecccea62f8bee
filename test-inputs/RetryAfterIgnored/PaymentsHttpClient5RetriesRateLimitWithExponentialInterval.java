package inputs.retryafterignored;

import java.io.IOException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.HttpStatus;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.client5.http.HttpRequestRetryStrategy;

/**
 * Retry strategy of the Apache HttpClient 5 client that records invoice payments in Fatture in Cloud: a 429 is
 * re-sent after an exponential interval of its own (0.4 s, 0.8 s, 1.6 s) while the API's Retry-After asks for up to
 * a minute, so every re-send is rejected again.
 */
public class PaymentsHttpClient5RetriesRateLimitWithExponentialInterval implements HttpRequestRetryStrategy {

  private static final int MAX_RETRIES = 3;

  @Override
  public boolean retryRequest(HttpRequest request, IOException exception, int execCount, HttpContext context) {
    return false;
  }

  @Override
  // BUG: Diagnostic contains: RetryAfterIgnored
  public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
    if (execCount > MAX_RETRIES) {
      return false;
    }
    return response.getCode() == HttpStatus.SC_TOO_MANY_REQUESTS;
  }

  @Override
  public TimeValue getRetryInterval(HttpResponse response, int execCount, HttpContext context) {
    return TimeValue.ofMilliseconds(200L << execCount);
  }
}
