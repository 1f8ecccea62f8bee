package inputs.nonretryableerrorretried;

import java.util.Map;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * Declares the Fatture in Cloud issued-document calls as a Spring HTTP interface, with Spring Retry on each method:
 * every 4xx is re-sent, so a 404 for a deleted invoice comes back three times and a 429 waits one second, not the
 * Retry-After time.
 */
@HttpExchange("/c/{companyId}/issued_documents")
public interface IssuedDocumentExchangeClientRetriesClientErrors {

  // BUG: Diagnostic contains: NonRetryableErrorRetried
  // BUG: Diagnostic contains: RetryAfterIgnored
  // BUG: Diagnostic contains: RetryWithoutBackoff
  @Retryable(retryFor = HttpClientErrorException.class, backoff = @Backoff(delay = 1000))
  @GetExchange("/{documentId}")
  Map<String, Object> getIssuedDocument(@PathVariable int companyId, @PathVariable int documentId);

  // BUG: Diagnostic contains: NonRetryableErrorRetried
  @Retryable(retryFor = HttpClientErrorException.UnprocessableEntity.class, maxAttempts = 2)
  @PostExchange
  Map<String, Object> createIssuedDocument(@PathVariable int companyId, @RequestBody Map<String, Object> request);
}
