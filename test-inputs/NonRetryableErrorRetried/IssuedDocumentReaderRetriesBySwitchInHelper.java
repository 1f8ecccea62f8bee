package inputs.nonretryableerrorretried;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.IssuedDocument;

/** Reads an invoice right after it was created by another service, which may still be saving it. */
public class IssuedDocumentReaderRetriesBySwitchInHelper {

  private final IssuedDocumentsApi documentsApi;
  private final int companyId;

  public IssuedDocumentReaderRetriesBySwitchInHelper(ApiClient apiClient, int companyId) {
    this.documentsApi = new IssuedDocumentsApi(apiClient);
    this.companyId = companyId;
  }

  public IssuedDocument read(int documentId) throws ApiException, InterruptedException {
    int attempt = 0;
    while (true) {
      try {
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        return documentsApi.getIssuedDocument(companyId, documentId, null, null).getData();
      } catch (ApiException e) {
        if (++attempt > 5 || !worthRetrying(e.getCode())) {
          throw e;
        }
        Thread.sleep(1_000L * attempt);
      }
    }
  }

  private boolean worthRetrying(int status) {
    switch (status) {
      case 404:
      case 500:
      case 502:
        return true;
      default:
        return false;
    }
  }
}
