package inputs.retrywithoutbackoff;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import java.time.Duration;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestTemplate;

/** Reads the stock feed; gateway errors are retried every 2 s, the same pace each time. */
public class StockFeedFailsafeRetriesGatewayErrorsAfterFixedDelay {

  private final RestTemplate restTemplate;
  private final RetryPolicy<Object> retryPolicy =
      RetryPolicy.builder()
          .handle(HttpServerErrorException.BadGateway.class, HttpServerErrorException.GatewayTimeout.class)
          .withDelay(Duration.ofSeconds(2))
          .withMaxRetries(4)
          // BUG: Diagnostic contains: RetryWithoutBackoff
          .build();

  public StockFeedFailsafeRetriesGatewayErrorsAfterFixedDelay(RestTemplate restTemplate) {
    this.restTemplate = restTemplate;
  }

  public String feed() {
    return Failsafe.with(retryPolicy).get(() -> restTemplate.getForObject("/stock/feed", String.class));
  }
}
