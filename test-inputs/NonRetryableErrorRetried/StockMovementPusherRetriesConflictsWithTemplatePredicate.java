package inputs.nonretryableerrorretried;

import java.util.Map;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Pushes warehouse stock movements to the Fatture in Cloud products. The retry predicate takes a 409 for a product
 * changed in the meantime for a passing problem and sends the same stale update again; a 429 waits a fixed second.
 */
public class StockMovementPusherRetriesConflictsWithTemplatePredicate {

  private final RestClient fattureInCloud;
  private final int companyId;

  public StockMovementPusherRetriesConflictsWithTemplatePredicate(RestClient fattureInCloud, int companyId) {
    this.fattureInCloud = fattureInCloud;
    this.companyId = companyId;
  }

  public void pushStock(int productId, double quantity) {
    RetryTemplate retryTemplate = RetryTemplate.builder()
        .maxAttempts(4)
        .retryOn(failure -> failure instanceof HttpClientErrorException.Conflict
            || failure instanceof HttpClientErrorException.TooManyRequests)
        .fixedBackoff(1_000)
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        // BUG: Diagnostic contains: RetryAfterIgnored
        // BUG: Diagnostic contains: RetryWithoutBackoff
        .build();
    retryTemplate.execute(context -> fattureInCloud.put()
        .uri("/c/{companyId}/products/{productId}", companyId, productId)
        .body(Map.of("data", Map.of("stock_current", quantity)))
        .retrieve()
        .toBodilessEntity());
  }
}
