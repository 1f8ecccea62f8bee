package inputs.retrywithoutbackoff;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.CreateIssuedDocumentRequest;
import it.fattureincloud.sdk.model.IssuedDocument;

/** Creates invoices while another worker may be numbering the same series. */
public class DocumentNumberingRetriesOnceWhileAlreadyExecuting {

  private static final long WAIT_MS = 3000;

  private final IssuedDocumentsApi issuedDocumentsApi;
  private final int companyId;

  public DocumentNumberingRetriesOnceWhileAlreadyExecuting(ApiClient apiClient, int companyId) {
    this.issuedDocumentsApi = new IssuedDocumentsApi(apiClient);
    this.companyId = companyId;
  }

  public IssuedDocument create(IssuedDocument invoice) throws ApiException, InterruptedException {
    CreateIssuedDocumentRequest request = new CreateIssuedDocumentRequest().data(invoice);
    try {
      return issuedDocumentsApi.createIssuedDocument(companyId, request).getData();
    } catch (ApiException e) {
      if (e.getCode() == 409 && e.getResponseBody() != null && e.getResponseBody().contains("already being executed")) {
        Thread.sleep(WAIT_MS);
        return issuedDocumentsApi.createIssuedDocument(companyId, request).getData();
      }
      throw e;
    }
  }
}
