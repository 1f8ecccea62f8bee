package inputs.retryafterignored;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.ResourceAccessException;

/**
 * The retry template of the supplier lookups against Fatture in Cloud: only throttling and connection failures are
 * retried, which is right, but the exponential back-off starts at one second whatever Retry-After says.
 */
@Configuration
public class SupplierLookupTemplateRetriesTooManyRequestsWithBackoff {

  @Bean
  public RetryTemplate supplierLookupRetryTemplate() {
    return RetryTemplate.builder()
        .maxAttempts(5)
        .retryOn(java.util.List.of(HttpClientErrorException.TooManyRequests.class, ResourceAccessException.class))
        .exponentialBackoff(1_000, 2.0, 30_000)
        // BUG: Diagnostic contains: RetryAfterIgnored
        .build();
  }

  /** Kept next to the bean so that the cache of supplier names is configured in one place. */
  @Bean
  public Map<Integer, String> supplierNames() {
    return new java.util.concurrent.ConcurrentHashMap<>();
  }
}
