package inputs.nonretryableerrorretried;

import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.CreateIssuedDocumentRequest;
import it.fattureincloud.sdk.model.IssuedDocument;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.stereotype.Service;

/**
 * Creates the electronic invoices of the web shop on Fatture in Cloud. Spring Framework's {@code @Retryable} without
 * includes retries every exception: a 422 for a wrong tax code is sent four more times, and a 429 waits the fixed
 * back-off instead of the Retry-After time.
 */
@Service
public class EInvoiceSubmitterRetriesEveryFailureWithResilientMethods {

  private final IssuedDocumentsApi issuedDocumentsApi;
  private final int companyId;

  public EInvoiceSubmitterRetriesEveryFailureWithResilientMethods(IssuedDocumentsApi issuedDocumentsApi, int companyId) {
    this.issuedDocumentsApi = issuedDocumentsApi;
    this.companyId = companyId;
  }

  // BUG: Diagnostic contains: NonRetryableErrorRetried
  // BUG: Diagnostic contains: RetryAfterIgnored
  @Retryable(maxRetries = 4, delay = 500, multiplier = 2, maxDelay = 8_000)
  public Integer submit(IssuedDocument invoice) throws ApiException {
    return issuedDocumentsApi
        .createIssuedDocument(companyId, new CreateIssuedDocumentRequest().data(invoice))
        .getData()
        .getId();
  }
}
