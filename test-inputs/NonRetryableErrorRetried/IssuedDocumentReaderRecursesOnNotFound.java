package inputs.nonretryableerrorretried;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.IssuedDocument;
import java.math.BigDecimal;

/** Reads back an invoice that the checkout service has just created, to print its totals on the receipt. */
public class IssuedDocumentReaderRecursesOnNotFound {

  private static final int NOT_FOUND = 404;
  private static final int MAX_ATTEMPTS = 3;

  private final IssuedDocumentsApi issuedDocumentsApi;
  private final int companyId;

  public IssuedDocumentReaderRecursesOnNotFound(ApiClient apiClient, int companyId) {
    this.issuedDocumentsApi = new IssuedDocumentsApi(apiClient);
    this.companyId = companyId;
  }

  public BigDecimal grossTotal(int documentId) throws ApiException {
    IssuedDocument document = read(documentId, 1);
    return document.getAmountGross() == null ? BigDecimal.ZERO : document.getAmountGross();
  }

  private IssuedDocument read(int documentId, int attempt) throws ApiException {
    try {
      return issuedDocumentsApi.getIssuedDocument(companyId, documentId, null, "detailed").getData();
    } catch (ApiException e) {
      if (e.getCode() == NOT_FOUND && attempt < MAX_ATTEMPTS) {
        // the checkout service may still be writing it
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        return read(documentId, attempt + 1);
      }
      throw e;
    }
  }
}
