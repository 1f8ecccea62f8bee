package inputs.retryafterignored;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestTemplate;

/**
 * Order status poller: a throttled answer (429) is re-sent after Resilience4j's fixed wait, not
 * after the Retry-After sent with it; with no exception predicate, every failure the template
 * throws (a 404 for an unknown order too) is re-sent as well.
 */
public class OrderStatusPollerRetriesThrottledResultWithResilience4jCallable {
  private final RestTemplate restTemplate;

  public OrderStatusPollerRetriesThrottledResultWithResilience4jCallable(RestTemplate restTemplate) {
    this.restTemplate = restTemplate;
  }

  public ResponseEntity<String> status(String orderId) throws Exception {
    RetryConfig config =
        RetryConfig.<ResponseEntity<String>>custom()
            .maxAttempts(6)
            .waitDuration(Duration.ofMillis(750))
            .retryOnResult(entity -> entity.getStatusCode().value() == 429)
            // BUG: Diagnostic contains: NonRetryableErrorRetried
            // BUG: Diagnostic contains: RetryAfterIgnored
            // BUG: Diagnostic contains: RetryWithoutBackoff
            .build();
    Retry retry = Retry.of("order-status", config);
    return retry.executeCallable(
        () -> restTemplate.getForEntity("/orders/{id}/status", String.class, orderId));
  }
}
