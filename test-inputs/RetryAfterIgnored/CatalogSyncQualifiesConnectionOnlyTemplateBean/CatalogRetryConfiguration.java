package inputs.retryafterignored.qualifiedbean;

import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.web.client.ResourceAccessException;

/**
 * Two retry templates: one for the local catalogue cache (every failure, the disk is slow while the
 * volume is remounted), one for the supplier's REST API that only retries connection failures, so
 * that a 429 or 503 reaches the caller with its Retry-After.
 */
@Configuration
public class CatalogRetryConfiguration {

  @Bean
  public RetryTemplate cacheRetryTemplate() {
    return RetryTemplate.builder().maxAttempts(3).fixedBackoff(500).build();
  }

  @Bean
  public RetryTemplate supplierRetryTemplate() {
    return RetryTemplate.builder()
        .maxAttempts(3)
        .retryOn(ResourceAccessException.class)
        .notRetryOn(IOException.class)
        .exponentialBackoff(1_000, 2.0, 10_000)
        .build();
  }
}
