package inputs.nonretryable;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.CreateIssuedDocumentRequest;
import it.fattureincloud.sdk.model.IssuedDocument;

/**
 * Creates invoices. A 409 saying that a creation "is already being executed" clears in a few seconds; any other
 * conflict (duplicate number, dates out of order) is the caller's to fix.
 */
public class IssuedDocumentCreatorWaitsOutConcurrentEdit {
  private static final int MAX_ATTEMPTS = 3;

  private final IssuedDocumentsApi documents;
  private final int companyId;

  public IssuedDocumentCreatorWaitsOutConcurrentEdit(ApiClient apiClient, int companyId) {
    this.documents = new IssuedDocumentsApi(apiClient);
    this.companyId = companyId;
  }

  public IssuedDocument create(IssuedDocument invoice) throws ApiException, InterruptedException {
    CreateIssuedDocumentRequest request = new CreateIssuedDocumentRequest().data(invoice);
    int attempt = 0;
    while (true) {
      attempt++;
      try {
        return documents.createIssuedDocument(companyId, request).getData();
      } catch (ApiException e) {
        String body = e.getResponseBody() == null ? "" : e.getResponseBody();
        boolean stillRunning = e.getCode() == 409 && body.contains("already being executed");
        if (!stillRunning || attempt >= MAX_ATTEMPTS) {
          throw e;
        }
        Thread.sleep(2_000L * attempt);
      }
    }
  }
}
