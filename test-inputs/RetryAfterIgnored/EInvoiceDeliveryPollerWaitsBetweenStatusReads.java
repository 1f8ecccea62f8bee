package inputs.retryafterignored;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.IssuedDocument;
import it.fattureincloud.sdk.model.IssuedDocument.EiStatusEnum;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** Waits until SDI has accepted or rejected an e-invoice that was just sent. */
public class EInvoiceDeliveryPollerWaitsBetweenStatusReads {

  private static final Set<EiStatusEnum> FINAL_STATES = EnumSet.of(
      EiStatusEnum.SENT, EiStatusEnum.ACCEPTED, EiStatusEnum.REJECTED, EiStatusEnum.DISCARDED,
      EiStatusEnum.NOT_DELIVERED, EiStatusEnum.NO_RESPONSE, EiStatusEnum.ERROR);
  private static final Duration POLL_INTERVAL = Duration.ofSeconds(20);

  private final IssuedDocumentsApi issuedDocumentsApi;
  private final int companyId;

  public EInvoiceDeliveryPollerWaitsBetweenStatusReads(ApiClient apiClient, int companyId) {
    this.issuedDocumentsApi = new IssuedDocumentsApi(apiClient);
    this.companyId = companyId;
  }

  public EiStatusEnum awaitFinalStatus(int documentId, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      IssuedDocument document;
      try {
        document = issuedDocumentsApi.getIssuedDocument(companyId, documentId, "ei_status", null).getData();
      } catch (ApiException e) {
        throw new IllegalStateException(
            "cannot read e-invoice status of document " + documentId + ": HTTP " + e.getCode() + " " + e.getResponseBody(), e);
      }
      EiStatusEnum status = document.getEiStatus();
      if (status != null && FINAL_STATES.contains(status)) {
        return status;
      }
      // still ATTEMPT / PENDING / PROCESSING: SDI has not answered yet
      Thread.sleep(POLL_INTERVAL.toMillis());
    }
    throw new IllegalStateException("no SDI outcome for document " + documentId + " within " + timeout);
  }
}
