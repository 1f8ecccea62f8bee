package inputs.retryafterignored.ownandbean;

import java.math.BigDecimal;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestTemplate;

/**
 * Reads the daily exchange rate. It builds its own template, which only retries connection
 * failures: the package's template bean is not the one it runs its REST calls with.
 */
@Component
public class ExchangeRateLookup {

  private final RetryTemplate retryTemplate;
  private final RestTemplate ratesApi;

  public ExchangeRateLookup(RestTemplate ratesApi) {
    this.ratesApi = ratesApi;
    this.retryTemplate =
        RetryTemplate.builder()
            .maxAttempts(3)
            .retryOn(ResourceAccessException.class)
            .fixedBackoff(2_000)
            // BUG: Diagnostic contains: RetryWithoutBackoff
            .build();
  }

  public BigDecimal rate(String currency) {
    return retryTemplate.execute(
        context -> ratesApi.getForObject("/rates/{currency}", BigDecimal.class, currency));
  }
}
