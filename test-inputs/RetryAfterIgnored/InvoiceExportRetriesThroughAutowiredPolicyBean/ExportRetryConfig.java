package inputs.retryafterignored.policybean;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.retry.backoff.FixedBackOffPolicy;
import org.springframework.retry.policy.SimpleRetryPolicy;
import org.springframework.retry.support.RetryTemplate;

/**
 * Retry settings of the invoice export: five attempts, one and a half seconds apart, for every
 * exception (a simple retry policy given only its number of attempts).
 */
@Configuration
public class ExportRetryConfig {

  @Bean(name = "exportRetry")
  public RetryTemplate exportRetryTemplate() {
    RetryTemplate template = new RetryTemplate();
    // BUG: Diagnostic contains: RetryAfterIgnored
    // BUG: Diagnostic contains: NonRetryableErrorRetried
    template.setRetryPolicy(new SimpleRetryPolicy(5));
    FixedBackOffPolicy backOff = new FixedBackOffPolicy();
    backOff.setBackOffPeriod(1_500L);
    template.setBackOffPolicy(backOff);
    return template;
  }
}
