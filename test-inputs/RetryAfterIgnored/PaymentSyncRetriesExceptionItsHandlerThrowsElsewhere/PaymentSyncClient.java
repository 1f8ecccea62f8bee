package inputs.retryafterignored.handlerelsewhere;

import java.time.Duration;
import java.util.Map;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.web.client.RestTemplate;

/**
 * Pulls the settled payments of the day from the payment gateway to mark invoices as paid. Only the
 * busy answers are retried (the handler of this package throws PaymentGatewayBusyException for 429
 * and 5xx), which is right; but the retry waits its own exponential back-off, not the Retry-After
 * the gateway sends with a 429 or 503.
 */
public class PaymentSyncClient {
  private static final RetryTemplate SETTLEMENT_RETRY =
      RetryTemplate.builder()
          .maxAttempts(5)
          .retryOn(PaymentGatewayBusyException.class)
          .exponentialBackoff(Duration.ofMillis(500), 2.0, Duration.ofSeconds(20))
          // BUG: Diagnostic contains: RetryAfterIgnored
          .build();

  private final RestTemplate restTemplate;

  public PaymentSyncClient(RestTemplate restTemplate) {
    this.restTemplate = restTemplate;
    this.restTemplate.setErrorHandler(new PaymentGatewayErrorHandler());
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> settlements(String day) {
    return SETTLEMENT_RETRY.execute(
        context -> restTemplate.getForObject("/v1/settlements?day={day}", Map.class, day));
  }
}
