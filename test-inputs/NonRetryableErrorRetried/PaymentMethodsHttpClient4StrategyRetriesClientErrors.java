package inputs.nonretryableerrorretried;

import org.apache.http.HttpResponse;
import org.apache.http.client.ServiceUnavailableRetryStrategy;
import org.apache.http.protocol.HttpContext;

/**
 * ServiceUnavailableRetryStrategy of the Apache HttpClient 4 client that reads payment methods from Fatture in
 * Cloud: it re-sends every 4xx but a 429 (rejected tokens, validation errors, missing resources) twice, after half a
 * second.
 */
public class PaymentMethodsHttpClient4StrategyRetriesClientErrors implements ServiceUnavailableRetryStrategy {

  private static final int MAX_RETRIES = 2;

  @Override
  // BUG: Diagnostic contains: NonRetryableErrorRetried
  // BUG: Diagnostic contains: RetryWithoutBackoff
  public boolean retryRequest(HttpResponse response, int executionCount, HttpContext context) {
    int status = response.getStatusLine().getStatusCode();
    return executionCount <= MAX_RETRIES && status >= 400 && status < 500 && status != 429;
  }

  @Override
  public long getRetryInterval() {
    return 500L;
  }
}
