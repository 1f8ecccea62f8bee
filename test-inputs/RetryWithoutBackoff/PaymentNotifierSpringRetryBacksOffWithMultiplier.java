package inputs.retrywithoutbackoff;

import java.util.Map;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestTemplate;

/** Notifies the accounting service of payments; internal and gateway errors are retried 1 s, 2 s, 4 s apart. */
public class PaymentNotifierSpringRetryBacksOffWithMultiplier {

  private final RestTemplate restTemplate;

  public PaymentNotifierSpringRetryBacksOffWithMultiplier(RestTemplate restTemplate) {
    this.restTemplate = restTemplate;
  }

  @Retryable(
      retryFor = {
        HttpServerErrorException.InternalServerError.class,
        HttpServerErrorException.BadGateway.class
      },
      maxAttempts = 4,
      backoff = @Backoff(delay = 1000, multiplier = 2))
  public void notifyPayment(Map<String, Object> payment) {
    restTemplate.postForLocation("/accounting/payments", payment);
  }
}
