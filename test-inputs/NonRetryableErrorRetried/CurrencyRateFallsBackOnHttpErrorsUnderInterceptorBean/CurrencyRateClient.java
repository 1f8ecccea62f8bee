package inputs.nonretryableerrorretried.fallbackinterceptor;

import java.net.URI;
import java.util.Optional;
import org.springframework.retry.annotation.Retryable;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestTemplate;

/**
 * Reads a currency rate; any HTTP error status gives no rate, so only connection failures reach the interceptor,
 * which retries them.
 */
public class CurrencyRateClient {
  private final RestTemplate rest = new RestTemplate();

  @Retryable(interceptor = "rateRetryInterceptor")
  public Optional<String> rate(URI uri) {
    try {
      return Optional.ofNullable(rest.getForObject(uri, String.class));
    } catch (HttpStatusCodeException e) {
      return Optional.empty();
    }
  }
}
