package inputs.retryafterignored;

import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.retry.RetryContext;
import org.springframework.retry.backoff.BackOffContext;
import org.springframework.retry.backoff.BackOffInterruptedException;
import org.springframework.retry.backoff.ExponentialBackOffPolicy;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Syncs the supplier list. Throttled calls are retried with the library's exponential back-off,
 * written inline as an anonymous subclass that first waits what the server's Retry-After asks for:
 * a library back-off class, but one that honours the header.
 */
public class SupplierSyncTemplateAnonymousBackOffReadsRetryAfter {
  private final RestClient fattureInCloud;
  private final RetryTemplate retryTemplate;
  private final int companyId;

  public SupplierSyncTemplateAnonymousBackOffReadsRetryAfter(RestClient fattureInCloud, int companyId) {
    this.fattureInCloud = fattureInCloud;
    this.companyId = companyId;
    this.retryTemplate =
        RetryTemplate.builder()
            .maxAttempts(5)
            .retryOn(HttpClientErrorException.TooManyRequests.class)
            .customBackoff(
                new ExponentialBackOffPolicy() {
                  private RetryContext retry;

                  @Override
                  public BackOffContext start(RetryContext context) {
                    retry = context;
                    return super.start(context);
                  }

                  @Override
                  public void backOff(BackOffContext backOffContext)
                      throws BackOffInterruptedException {
                    Throwable last = retry == null ? null : retry.getLastThrowable();
                    if (last instanceof RestClientResponseException failure
                        && failure.getResponseHeaders() != null) {
                      String retryAfter = failure.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER);
                      if (retryAfter != null) {
                        try {
                          // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
                          Thread.sleep(Long.parseLong(retryAfter.trim()) * 1000L);
                          return;
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                          throw new BackOffInterruptedException("interrupted", e);
                        }
                      }
                    }
                    super.backOff(backOffContext);
                  }
                })
            .build();
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> suppliers(int page) {
    return retryTemplate.execute(
        context ->
            fattureInCloud
                .get()
                .uri("/c/{companyId}/entities/suppliers?page={page}", companyId, page)
                .retrieve()
                .body(Map.class));
  }
}
