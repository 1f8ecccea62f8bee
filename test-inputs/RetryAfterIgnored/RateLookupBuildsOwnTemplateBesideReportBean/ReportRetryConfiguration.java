package inputs.retryafterignored.ownandbean;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.retry.support.RetryTemplate;

/** The one retry template bean of the package: report files are written again after a second. */
@Configuration
public class ReportRetryConfiguration {

  @Bean
  public RetryTemplate reportRetryTemplate() {
    return RetryTemplate.builder().maxAttempts(3).fixedBackoff(1_000).build();
  }
}
