package inputs.retryafterignored;

import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.retry.RetryContext;
import org.springframework.retry.backoff.BackOffContext;
import org.springframework.retry.backoff.BackOffInterruptedException;
import org.springframework.retry.backoff.BackOffPolicy;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Imports received purchase documents. Throttling and unavailability are retried, and the back-off policy waits the
 * time the server asks for in Retry-After (two seconds when it says nothing).
 */
public class PurchaseImporterTemplateWaitsRetryAfterWithSpringRetry {

  /** Waits what the last failed response's Retry-After header says. */
  static final class RetryAfterBackOffPolicy implements BackOffPolicy {
    private static final long FALLBACK_MILLIS = 2_000L;

    private record Wait(RetryContext retry) implements BackOffContext {}

    @Override
    public BackOffContext start(RetryContext context) {
      return new Wait(context);
    }

    @Override
    public void backOff(BackOffContext backOffContext) throws BackOffInterruptedException {
      Throwable last = ((Wait) backOffContext).retry().getLastThrowable();
      long millis = FALLBACK_MILLIS;
      if (last instanceof RestClientResponseException failure && failure.getResponseHeaders() != null) {
        String retryAfter = failure.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER);
        if (retryAfter != null) {
          // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
          millis = Long.parseLong(retryAfter.trim()) * 1000L;
        }
      }
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BackOffInterruptedException("interrupted while waiting for Retry-After", e);
      }
    }
  }

  private final RestClient fattureInCloud;
  private final RetryTemplate retryTemplate;
  private final int companyId;

  public PurchaseImporterTemplateWaitsRetryAfterWithSpringRetry(RestClient fattureInCloud, int companyId) {
    this.fattureInCloud = fattureInCloud;
    this.companyId = companyId;
    this.retryTemplate = RetryTemplate.builder()
        .maxAttempts(4)
        .retryOn(HttpClientErrorException.TooManyRequests.class)
        .retryOn(HttpServerErrorException.ServiceUnavailable.class)
        .customBackoff(new RetryAfterBackOffPolicy())
        .build();
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> receivedDocuments(int page) {
    return retryTemplate.execute(context -> fattureInCloud.get()
        .uri("/c/{companyId}/received_documents?type=expense&page={page}", companyId, page)
        .retrieve()
        .body(Map.class));
  }
}
