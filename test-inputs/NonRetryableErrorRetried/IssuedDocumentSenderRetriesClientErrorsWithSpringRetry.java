package inputs.nonretryableerrorretried;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Emails issued invoices to customers through the Fatture in Cloud REST API. Spring Retry re-sends every 4xx: a 422
 * for a missing recipient address comes back four times, and a 429 waits the back-off, not the Retry-After time.
 */
public class IssuedDocumentSenderRetriesClientErrorsWithSpringRetry {

  private final RestClient fattureInCloud;
  private final int companyId;

  public IssuedDocumentSenderRetriesClientErrorsWithSpringRetry(RestClient fattureInCloud, int companyId) {
    this.fattureInCloud = fattureInCloud;
    this.companyId = companyId;
  }

  // BUG: Diagnostic contains: NonRetryableErrorRetried
  // BUG: Diagnostic contains: RetryAfterIgnored
  @Retryable(retryFor = HttpClientErrorException.class, maxAttempts = 4, backoff = @Backoff(delay = 2000, multiplier = 2))
  public void emailInvoice(int documentId, String recipient) {
    fattureInCloud.post()
        .uri("/c/{companyId}/issued_documents/{documentId}/email", companyId, documentId)
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("data", Map.of("recipient_email", recipient, "include", Map.of("document", true))))
        .retrieve()
        .toBodilessEntity();
  }
}
