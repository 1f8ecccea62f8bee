package inputs.retryafterignored;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.retry.RetryCallback;
import org.springframework.retry.RetryContext;
import org.springframework.retry.RetryListener;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;

/**
 * Retry template of the VAT-number checks made before an invoice is issued to a new EU customer. The
 * listener logs every throttled attempt, but the wait stays the template's own exponential back-off:
 * nothing reads the Retry-After the registry sent.
 */
@Configuration
public class VatRegistryTemplateListenerOnlyLogsThrottling {
  private static final Logger log = LoggerFactory.getLogger(VatRegistryTemplateListenerOnlyLogsThrottling.class);

  @Bean
  public RetryTemplate vatRegistryRetryTemplate() {
    return RetryTemplate.builder()
        .maxAttempts(4)
        .retryOn(java.util.List.of(HttpClientErrorException.TooManyRequests.class, HttpServerErrorException.ServiceUnavailable.class))
        .exponentialBackoff(500, 2.0, 8_000)
        .withListener(new ThrottlingLog())
        // BUG: Diagnostic contains: RetryAfterIgnored
        .build();
  }

  /** Logs each failed attempt; the delay is left to the back-off policy. */
  static class ThrottlingLog implements RetryListener {
    @Override
    public <T, E extends Throwable> void onError(RetryContext context, RetryCallback<T, E> callback, Throwable throwable) {
      if (throwable instanceof HttpClientErrorException.TooManyRequests tooMany) {
        log.warn("VAT registry throttled attempt {}", context.getRetryCount(), tooMany);
      }
    }
  }
}
