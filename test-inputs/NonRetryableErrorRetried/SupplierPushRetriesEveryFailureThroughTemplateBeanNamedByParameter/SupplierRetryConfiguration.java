package inputs.nonretryableerrorretried.templatebeanbyname;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.retry.support.RetryTemplate;

/**
 * The retry templates of the supplier integration. Both retry every runtime failure: right for the
 * cache files, wrong for the supplier's REST API, whose 400 and 404 are sent again three times.
 */
@Configuration
public class SupplierRetryConfiguration {

  @Bean
  public RetryTemplate supplierRetryTemplate() {
    return RetryTemplate.builder()
        .maxAttempts(3)
        .retryOn(RuntimeException.class)
        .exponentialBackoff(500, 2.0, 5_000)
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        // BUG: Diagnostic contains: RetryAfterIgnored
        .build();
  }

  @Bean
  public RetryTemplate cacheRetryTemplate() {
    return RetryTemplate.builder()
        .maxAttempts(3)
        .retryOn(RuntimeException.class)
        .fixedBackoff(200)
        .build();
  }
}
