package inputs.nonretryableerrorretried;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.web.client.RestClient;

/**
 * Exports the Fatture in Cloud address book to the CRM every night. The retry policy built here has no includes: the
 * request is sent again on every failure after a fixed second, a 404 for a deleted company, a 401 for a revoked token
 * and a 429 before its Retry-After time included.
 */
@Configuration
public class ClientExportRetryPolicyRetriesEveryFailureOfRestCall {

  @Bean
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> nightlyClientExport(RestClient fattureInCloud) throws RetryException {
    // BUG: Diagnostic contains: NonRetryableErrorRetried
    // BUG: Diagnostic contains: RetryAfterIgnored
    RetryTemplate retryTemplate = new RetryTemplate(RetryPolicy.withMaxRetries(3));
    Map<String, Object> page = retryTemplate.execute(() -> fattureInCloud.get()
        .uri("/c/{companyId}/entities/clients?per_page=100", 1)
        .retrieve()
        .body(Map.class));
    return (List<Map<String, Object>>) page.get("data");
  }
}
