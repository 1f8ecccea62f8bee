package inputs.retryafterignored.templatebean;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.retry.support.RetryTemplate;

/**
 * The retry template of the order synchronisation. It names no exception type, so every failure of
 * the work it is given is retried after two seconds: the order service gives it REST calls, whose
 * 429 and 503 are then re-sent whatever their Retry-After asks for, and whose 400 is sent again.
 */
@Configuration
public class OrderSyncRetryConfiguration {

  @Bean
  public RetryTemplate orderSyncRetryTemplate() {
    return RetryTemplate.builder()
        .maxAttempts(4)
        .fixedBackoff(2_000)
        // BUG: Diagnostic contains: RetryAfterIgnored
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        // BUG: Diagnostic contains: RetryWithoutBackoff
        .build();
  }
}
