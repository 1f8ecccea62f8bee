package inputs.nonretryableerrorretried;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.CreateIssuedDocumentRequest;
import it.fattureincloud.sdk.model.IssuedDocument;
import java.net.SocketTimeoutException;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Recover;
import org.springframework.retry.annotation.Retryable;

/**
 * Issues credit notes for returned orders. Only read time-outs are retried; the recovery handles what is left,
 * a 422 included, by queueing the credit note for the accounting team instead of sending it again.
 */
public class CreditNoteIssuerRecoversFromValidationErrorWithSpringRetry {

  private final IssuedDocumentsApi issuedDocumentsApi;
  private final int companyId;

  public CreditNoteIssuerRecoversFromValidationErrorWithSpringRetry(ApiClient apiClient, int companyId) {
    this.issuedDocumentsApi = new IssuedDocumentsApi(apiClient);
    this.companyId = companyId;
  }

  // BUG: Diagnostic contains: RetryWithoutBackoff
  @Retryable(retryFor = SocketTimeoutException.class, maxAttempts = 3, backoff = @Backoff(delay = 1_000))
  public Integer issueCreditNote(IssuedDocument creditNote) throws ApiException, SocketTimeoutException {
    return issuedDocumentsApi
        .createIssuedDocument(companyId, new CreateIssuedDocumentRequest().data(creditNote))
        .getData()
        .getId();
  }

  @Recover
  public Integer queueForReview(ApiException e, IssuedDocument creditNote) {
    if (e.getCode() == 422) {
      System.err.println("Credit note " + creditNote.getNumeration() + " rejected as invalid, queued for review");
    }
    return null;
  }
}
