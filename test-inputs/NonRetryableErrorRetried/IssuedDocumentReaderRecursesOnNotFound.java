package inputs.nonretryable;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.IssuedDocument;

/** Reads back an invoice right after another service created it. */
public class IssuedDocumentReaderRecursesOnNotFound {
  private static final int HTTP_NOT_FOUND = 404;

  private final IssuedDocumentsApi documents;
  private final int companyId;

  public IssuedDocumentReaderRecursesOnNotFound(ApiClient apiClient, int companyId) {
    this.documents = new IssuedDocumentsApi(apiClient);
    this.companyId = companyId;
  }

  public IssuedDocument read(int documentId) throws ApiException {
    return read(documentId, 1);
  }

  private IssuedDocument read(int documentId, int attempt) throws ApiException {
    try {
      return documents.getIssuedDocument(companyId, documentId, null, "detailed").getData();
    } catch (ApiException e) {
      // "It was just created, it must show up": a 404 stays a 404.
      if (e.getCode() == HTTP_NOT_FOUND && attempt < 3) {
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        return read(documentId, attempt + 1);
      }
      throw e;
    }
  }
}
