package inputs.nonretryableerrorretried;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/** Fetches unpaid invoices for the dunning report, through a RestClient bound to the Fatture in Cloud API. */
public class OverdueInvoiceReportRetriesForbiddenInIfElseChain {

  private static final int MAX_ATTEMPTS = 4;
  private static final long SCOPE_PROPAGATION_MS = 30_000L;

  private final RestClient fattureInCloud;
  private final int companyId;

  public OverdueInvoiceReportRetriesForbiddenInIfElseChain(RestClient fattureInCloud, int companyId) {
    this.fattureInCloud = fattureInCloud;
    this.companyId = companyId;
  }

  public String unpaidInvoices() throws InterruptedException {
    RestClientResponseException last = null;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        return fattureInCloud.get().uri("/c/{companyId}/issued_documents?type=invoice&fieldset=detailed", companyId).retrieve().body(String.class);
      } catch (RestClientResponseException e) {
        last = e;
        HttpStatusCode status = e.getStatusCode();
        if (status.value() == HttpStatus.TOO_MANY_REQUESTS.value()) {
          Thread.sleep(retryAfterSeconds(e, 10L) * 1000L);
        } else if (status.isSameCodeAs(HttpStatus.FORBIDDEN)) {
          // a freshly granted scope needs a moment before the API sees it
          Thread.sleep(SCOPE_PROPAGATION_MS);
        } else if (status.is5xxServerError()) {
          Thread.sleep(Math.max(1_000L << attempt, retryAfterSeconds(e, 0L) * 1000L));
        } else {
          throw e;
        }
      }
    }
    throw last;
  }

  private static long retryAfterSeconds(RestClientResponseException e, long fallback) {
    HttpHeaders headers = e.getResponseHeaders();
    String value = headers == null ? null : headers.getFirst(HttpHeaders.RETRY_AFTER);
    // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
    return value == null ? fallback : Long.parseLong(value.trim());
  }
}
