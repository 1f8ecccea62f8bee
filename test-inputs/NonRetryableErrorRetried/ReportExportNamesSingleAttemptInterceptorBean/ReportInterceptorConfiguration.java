package inputs.nonretryableerrorretried.singleattemptinterceptor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.retry.annotation.EnableRetry;
import org.springframework.retry.interceptor.RetryInterceptorBuilder;
import org.springframework.retry.interceptor.RetryOperationsInterceptor;

/**
 * Two interceptors: one that retries every exception (for idempotent reads of another client), one that makes a
 * single attempt (for report exports).
 */
@Configuration
@EnableRetry
public class ReportInterceptorConfiguration {
  @Bean
  public RetryOperationsInterceptor readRetryInterceptor() {
    return RetryInterceptorBuilder.stateless().maxAttempts(5).backOffOptions(200, 2.0, 2_000).build();
  }

  @Bean(name = "exportOnceInterceptor")
  public RetryOperationsInterceptor exportInterceptor() {
    return RetryInterceptorBuilder.stateless().maxAttempts(1).build();
  }
}
