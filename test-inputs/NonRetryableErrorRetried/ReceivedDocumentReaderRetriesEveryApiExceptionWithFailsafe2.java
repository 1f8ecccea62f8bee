package inputs.nonretryableerrorretried;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ReceivedDocumentsApi;
import it.fattureincloud.sdk.model.GetReceivedDocumentResponse;
import java.time.Duration;
import net.jodah.failsafe.Failsafe;
import net.jodah.failsafe.RetryPolicy;

/** Reads received documents from Fatture in Cloud, re-sending every failed read after a fixed pause. */
public class ReceivedDocumentReaderRetriesEveryApiExceptionWithFailsafe2 {

  private final ReceivedDocumentsApi receivedDocumentsApi;

  public ReceivedDocumentReaderRetriesEveryApiExceptionWithFailsafe2(ApiClient apiClient) {
    this.receivedDocumentsApi = new ReceivedDocumentsApi(apiClient);
  }

  public GetReceivedDocumentResponse read(int companyId, int documentId) {
    RetryPolicy<GetReceivedDocumentResponse> retryPolicy = new RetryPolicy<>();
    // BUG: Diagnostic contains: NonRetryableErrorRetried
    // BUG: Diagnostic contains: RetryAfterIgnored
    // BUG: Diagnostic contains: RetryWithoutBackoff
    retryPolicy.handle(ApiException.class);
    retryPolicy.withDelay(Duration.ofSeconds(2)).withMaxRetries(3);
    return Failsafe.with(retryPolicy)
        .get(() -> receivedDocumentsApi.getReceivedDocument(companyId, documentId, null, null));
  }
}
