package inputs.nonretryableerrorretried.thrownelsewhere;

import java.time.Duration;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestTemplate;

/**
 * Exports each issued invoice to the accounting ledger. The export template retries every
 * LedgerApiException, which the handler of this package throws for every 4xx and 5xx: a ledger
 * entry rejected as invalid (400, 422) or for a closed period (409) is posted again, unchanged.
 * The reconciliation template retries only LedgerUnavailableException, which stands for no answer
 * at all, so it re-sends no HTTP error.
 */
public class LedgerExportClient {
  private final RestTemplate restTemplate;

  private final RetryTemplate exportRetry =
      RetryTemplate.builder()
          .maxAttempts(3)
          .retryOn(LedgerApiException.class)
          .fixedBackoff(Duration.ofSeconds(2))
          // BUG: Diagnostic contains: NonRetryableErrorRetried
          // BUG: Diagnostic contains: RetryAfterIgnored
          // BUG: Diagnostic contains: RetryWithoutBackoff
          .build();

  private final RetryTemplate reconciliationRetry =
      RetryTemplate.builder()
          .maxAttempts(3)
          .retryOn(LedgerUnavailableException.class)
          .fixedBackoff(Duration.ofSeconds(2))
          .build();

  public LedgerExportClient(RestTemplate restTemplate) {
    this.restTemplate = restTemplate;
    this.restTemplate.setErrorHandler(new LedgerErrorHandler());
  }

  public void export(String invoiceJson) {
    exportRetry.execute(context -> restTemplate.postForLocation("/ledger/entries", invoiceJson));
  }

  public String reconcile(String period) {
    return reconciliationRetry.execute(context -> fetch(period));
  }

  private String fetch(String period) {
    try {
      return restTemplate.getForObject("/ledger/periods/{period}/balance", String.class, period);
    } catch (ResourceAccessException e) {
      throw new LedgerUnavailableException("ledger not reachable for " + period, e);
    }
  }
}
