package inputs.nonretryableerrorretried.fallbackinterceptor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.retry.annotation.EnableRetry;
import org.springframework.retry.interceptor.RetryInterceptorBuilder;
import org.springframework.retry.interceptor.RetryOperationsInterceptor;

/** The retry interceptor of the rate client: every exception, three attempts, a growing back-off. */
@Configuration
@EnableRetry
public class RateRetryConfiguration {
  @Bean
  public RetryOperationsInterceptor rateRetryInterceptor() {
    return RetryInterceptorBuilder.stateless().maxAttempts(3).backOffOptions(300, 2.0, 3_000).build();
  }
}
