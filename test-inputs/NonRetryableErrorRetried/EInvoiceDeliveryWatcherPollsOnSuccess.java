package inputs.nonretryableerrorretried;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.IssuedDocument;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** After an e-invoice is sent, waits for the SDI outcome; an API error ends the wait and reaches the caller. */
public class EInvoiceDeliveryWatcherPollsOnSuccess {

  private static final Set<IssuedDocument.EiStatusEnum> IN_FLIGHT = EnumSet.of(
      IssuedDocument.EiStatusEnum.SENT,
      IssuedDocument.EiStatusEnum.PENDING,
      IssuedDocument.EiStatusEnum.PROCESSING,
      IssuedDocument.EiStatusEnum.ATTEMPT);
  private static final Duration POLL_INTERVAL = Duration.ofSeconds(30);

  private final IssuedDocumentsApi issuedDocumentsApi;
  private final int companyId;

  public EInvoiceDeliveryWatcherPollsOnSuccess(ApiClient apiClient, int companyId) {
    this.issuedDocumentsApi = new IssuedDocumentsApi(apiClient);
    this.companyId = companyId;
  }

  public IssuedDocument.EiStatusEnum awaitOutcome(int documentId, Duration timeout)
      throws ApiException, InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      IssuedDocument document = issuedDocumentsApi.getIssuedDocument(companyId, documentId, null, "basic").getData();
      IssuedDocument.EiStatusEnum status = document.getEiStatus();
      if (status != null && !IN_FLIGHT.contains(status)) {
        return status;
      }
      Thread.sleep(POLL_INTERVAL.toMillis());
    }
    throw new IllegalStateException("no SDI outcome for document " + documentId + " within " + timeout);
  }
}
