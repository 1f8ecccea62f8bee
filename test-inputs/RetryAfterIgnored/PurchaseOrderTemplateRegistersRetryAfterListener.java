package inputs.retryafterignored;

import org.springframework.http.HttpHeaders;
import org.springframework.retry.RetryCallback;
import org.springframework.retry.RetryContext;
import org.springframework.retry.RetryListener;
import org.springframework.retry.backoff.NoBackOffPolicy;
import org.springframework.retry.policy.SimpleRetryPolicy;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestTemplate;

/**
 * Sends purchase orders to a supplier's ordering API. Only throttling and unavailability are
 * retried; the template has no back-off of its own, because the registered listener sleeps for the
 * Retry-After of the failed attempt (one second when the header is missing) before the next one.
 */
public class PurchaseOrderTemplateRegistersRetryAfterListener {
  private final RestTemplate restTemplate;
  private final RetryTemplate retryTemplate = new RetryTemplate();

  public PurchaseOrderTemplateRegistersRetryAfterListener(RestTemplate restTemplate) {
    this.restTemplate = restTemplate;
    retryTemplate.setRetryPolicy(
        new SimpleRetryPolicy(
            5,
            java.util.Map.of(
                HttpClientErrorException.TooManyRequests.class, true,
                HttpServerErrorException.ServiceUnavailable.class, true)));
    retryTemplate.setBackOffPolicy(new NoBackOffPolicy());
    retryTemplate.setListeners(new RetryListener[] {new RetryAfterSleeper()});
  }

  public String place(String orderJson) {
    return retryTemplate.execute(context -> restTemplate.postForObject("/orders", orderJson, String.class));
  }

  /** Waits for the delay the supplier asked for after a throttled or unavailable attempt. */
  private static final class RetryAfterSleeper implements RetryListener {
    @Override
    public <T, E extends Throwable> void onError(RetryContext context, RetryCallback<T, E> callback, Throwable throwable) {
      if (!(throwable instanceof org.springframework.web.client.HttpStatusCodeException failure)) {
        return;
      }
      HttpHeaders headers = failure.getResponseHeaders();
      String retryAfter = headers == null ? null : headers.getFirst(HttpHeaders.RETRY_AFTER);
      // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
      long millis = retryAfter == null ? 1_000 : Long.parseLong(retryAfter.trim()) * 1_000;
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
