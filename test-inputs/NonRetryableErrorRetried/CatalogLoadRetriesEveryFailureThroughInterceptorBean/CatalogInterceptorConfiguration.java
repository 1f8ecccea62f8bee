package inputs.nonretryableerrorretried.interceptorbean;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.retry.annotation.EnableRetry;
import org.springframework.retry.interceptor.RetryInterceptorBuilder;
import org.springframework.retry.interceptor.RetryOperationsInterceptor;

/** The retry interceptor of the catalog client: four attempts, a growing back-off, every exception. */
@Configuration
@EnableRetry
public class CatalogInterceptorConfiguration {
  @Bean
  public RetryOperationsInterceptor catalogRetryInterceptor() {
    return RetryInterceptorBuilder.stateless().maxAttempts(4).backOffOptions(500, 2.0, 5_000).build();
  }
}
