package inputs.nonretryableerrorretried.ownretry;

import java.util.Map;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestTemplate;

/** Reads the reference rates the central bank publishes. */
public class CentralBankRateFeed implements ExchangeRateFeed {

  private final RestTemplate bank;

  public CentralBankRateFeed(RestTemplate bank) {
    this.bank = bank;
  }

  @Override
  // BUG: Diagnostic contains: RetryWithoutBackoff
  @Retryable(retryFor = ResourceAccessException.class, maxAttempts = 5, backoff = @Backoff(delay = 500))
  @SuppressWarnings("unchecked")
  public Map<String, Double> rates(String baseCurrency) {
    return bank.getForObject("/stats/eurofxref/{base}.json", Map.class, baseCurrency);
  }
}
