package inputs.retryafterignored;

import java.time.Duration;
import java.util.Map;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClient;

/**
 * Mirrors the product catalogue into Fatture in Cloud. The retry policy is limited to throttling and server errors,
 * but its exponential back-off starts at one second: a 429 or a 503 is re-sent before the Retry-After time.
 */
public class ProductCatalogSyncRetryPolicyIncludesThrottling {

  private final RestClient fattureInCloud;
  private final RetryTemplate retryTemplate;
  private final int companyId;

  public ProductCatalogSyncRetryPolicyIncludesThrottling(RestClient fattureInCloud, int companyId) {
    this.fattureInCloud = fattureInCloud;
    this.companyId = companyId;
    RetryPolicy policy = RetryPolicy.builder()
        .includes(HttpClientErrorException.TooManyRequests.class, HttpServerErrorException.class)
        .maxRetries(5)
        .delay(Duration.ofSeconds(1))
        .multiplier(2)
        .maxDelay(Duration.ofSeconds(30))
        // BUG: Diagnostic contains: RetryAfterIgnored
        .build();
    this.retryTemplate = new RetryTemplate(policy);
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> updatePrice(int productId, double netPrice) throws Exception {
    return retryTemplate.execute(() -> fattureInCloud.put()
        .uri("/c/{companyId}/products/{productId}", companyId, productId)
        .body(Map.of("data", Map.of("net_price", netPrice)))
        .retrieve()
        .body(Map.class));
  }
}
