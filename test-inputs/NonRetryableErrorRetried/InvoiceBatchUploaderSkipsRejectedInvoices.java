package inputs.nonretryableerrorretried;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.CreateIssuedDocumentRequest;
import it.fattureincloud.sdk.model.IssuedDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Uploads the day's invoices from the point of sale; a rejected invoice is reported and the batch goes on. */
public class InvoiceBatchUploaderSkipsRejectedInvoices {

  /** What happened to one batch. */
  public record BatchResult(List<Integer> createdIds, Map<String, String> rejected) {}

  private static final int UNPROCESSABLE_ENTITY = 422;

  private final IssuedDocumentsApi issuedDocumentsApi;
  private final int companyId;

  public InvoiceBatchUploaderSkipsRejectedInvoices(ApiClient apiClient, int companyId) {
    this.issuedDocumentsApi = new IssuedDocumentsApi(apiClient);
    this.companyId = companyId;
  }

  public BatchResult upload(List<IssuedDocument> invoices) throws ApiException {
    List<Integer> created = new ArrayList<>();
    Map<String, String> rejected = new LinkedHashMap<>();
    for (IssuedDocument invoice : invoices) {
      CreateIssuedDocumentRequest request = new CreateIssuedDocumentRequest().data(invoice);
      try {
        created.add(issuedDocumentsApi.createIssuedDocument(companyId, request).getData().getId());
      } catch (ApiException e) {
        if (e.getCode() != UNPROCESSABLE_ENTITY) {
          throw e;
        }
        // keep the whole body: it carries validation_result and, for totals errors, extra.totals
        rejected.put(invoice.getNumeration() + "/" + invoice.getNumber(), e.getResponseBody());
      }
    }
    return new BatchResult(created, rejected);
  }
}
