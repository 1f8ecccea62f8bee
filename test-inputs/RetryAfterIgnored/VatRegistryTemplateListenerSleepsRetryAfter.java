package inputs.retryafterignored;

import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.retry.RetryCallback;
import org.springframework.retry.RetryContext;
import org.springframework.retry.RetryListener;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.ResourceAccessException;

/**
 * Retry template of the VAT-number checks made before an invoice is issued to a new EU customer. The
 * template itself re-sends at once; its listener sleeps the delay the registry's Retry-After header
 * asks for after a throttled attempt, so the next one goes out when the quota allows it.
 */
@Configuration
public class VatRegistryTemplateListenerSleepsRetryAfter {

  @Bean
  public RetryTemplate vatRegistryRetryTemplate() {
    return RetryTemplate.builder()
        .maxAttempts(4)
        .retryOn(java.util.List.of(HttpClientErrorException.TooManyRequests.class, ResourceAccessException.class))
        .noBackoff()
        .withListener(
            new RetryListener() {
              @Override
              public <T, E extends Throwable> void onError(
                  RetryContext context, RetryCallback<T, E> callback, Throwable throwable) {
                if (throwable instanceof HttpStatusCodeException failure && failure.getResponseHeaders() != null) {
                  String retryAfter = failure.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER);
                  // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
                  long seconds = retryAfter == null ? 1 : Long.parseLong(retryAfter.trim());
                  try {
                    TimeUnit.SECONDS.sleep(seconds);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                }
              }
            })
        .build();
  }
}
