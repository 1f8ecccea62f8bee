package inputs.nonretryable;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.IssuedDocument;
import java.time.Duration;
import java.time.Instant;

/** Waits until the SDI has accepted or rejected an e-invoice; any API error ends the wait. */
public class EInvoiceDeliveryWatcherPollsOnSuccess {
  private final IssuedDocumentsApi documents;
  private final int companyId;

  public EInvoiceDeliveryWatcherPollsOnSuccess(ApiClient apiClient, int companyId) {
    this.documents = new IssuedDocumentsApi(apiClient);
    this.companyId = companyId;
  }

  public IssuedDocument.EiStatusEnum awaitOutcome(int documentId, Duration timeout)
      throws ApiException, InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      IssuedDocument document = documents.getIssuedDocument(companyId, documentId, null, "basic").getData();
      IssuedDocument.EiStatusEnum status = document.getEiStatus();
      if (status != null && status != IssuedDocument.EiStatusEnum.SENT
          && status != IssuedDocument.EiStatusEnum.PROCESSING) {
        return status;
      }
      Thread.sleep(15_000L);
    }
    throw new IllegalStateException("no SDI outcome for document " + documentId + " within " + timeout);
  }
}
