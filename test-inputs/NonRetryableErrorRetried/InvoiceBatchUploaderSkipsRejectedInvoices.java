package inputs.nonretryable;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.CreateIssuedDocumentRequest;
import it.fattureincloud.sdk.model.IssuedDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Uploads a day's invoices; an invalid one is reported and the batch moves on to the next. */
public class InvoiceBatchUploaderSkipsRejectedInvoices {
  private final IssuedDocumentsApi documents;
  private final int companyId;

  public InvoiceBatchUploaderSkipsRejectedInvoices(ApiClient apiClient, int companyId) {
    this.documents = new IssuedDocumentsApi(apiClient);
    this.companyId = companyId;
  }

  public Map<String, String> upload(List<IssuedDocument> invoices) throws ApiException {
    Map<String, String> rejected = new LinkedHashMap<>();
    List<Integer> created = new ArrayList<>();
    for (IssuedDocument invoice : invoices) {
      try {
        created.add(documents.createIssuedDocument(companyId, new CreateIssuedDocumentRequest().data(invoice))
            .getData().getId());
      } catch (ApiException e) {
        if (e.getCode() != 422 && e.getCode() != 409) {
          throw e;
        }
        rejected.put(invoice.getNumeration() + "/" + invoice.getNumber(), e.getResponseBody());
      }
    }
    return rejected;
  }
}
