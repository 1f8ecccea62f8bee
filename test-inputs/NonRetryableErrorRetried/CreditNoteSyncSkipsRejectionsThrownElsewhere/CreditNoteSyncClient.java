package inputs.nonretryableerrorretried.rejectionselsewhere;

import java.time.Duration;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.web.client.RestTemplate;

/**
 * Pushes credit notes to the customer's e-invoicing portal. Every failure is retried except a
 * rejection, which the handler of this package throws for each 4xx, so no permanent error is sent
 * again; a 503 is, though, after the template's own fixed pause rather than its Retry-After.
 */
public class CreditNoteSyncClient {
  private final RestTemplate restTemplate;

  public CreditNoteSyncClient(RestTemplate restTemplate) {
    this.restTemplate = restTemplate;
    this.restTemplate.setErrorHandler(new CreditNoteErrorHandler());
  }

  public void push(String creditNoteXml) {
    RetryTemplate retry =
        RetryTemplate.builder()
            .maxAttempts(4)
            .notRetryOn(CreditNoteRejectedException.class)
            .fixedBackoff(Duration.ofSeconds(3))
            // BUG: Diagnostic contains: RetryAfterIgnored
            // BUG: Diagnostic contains: RetryWithoutBackoff
            .build();
    retry.execute(context -> restTemplate.postForLocation("/portal/credit-notes", creditNoteXml));
  }
}
