package inputs.validationresultdropped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.CreateIssuedDocumentRequest;
import it.fattureincloud.sdk.model.IssuedDocument;

/**
 * Issues electronic invoices with the Fatture in Cloud SDK. A 422 is worded for the back office or for the
 * customer, and either way keeps only error.message: one dropped validation result, reported once.
 */
public class EInvoiceIssuerWordsRejectionByAudience {

  /** The invoice was refused. */
  public static class InvoiceRejectedException extends RuntimeException {
    public InvoiceRejectedException(String reason) {
      super(reason);
    }
  }

  private final IssuedDocumentsApi issuedDocumentsApi;
  private final ObjectMapper mapper = new ObjectMapper();
  private final int companyId;
  private final boolean backOffice;

  public EInvoiceIssuerWordsRejectionByAudience(IssuedDocumentsApi issuedDocumentsApi, int companyId, boolean backOffice) {
    this.issuedDocumentsApi = issuedDocumentsApi;
    this.companyId = companyId;
    this.backOffice = backOffice;
  }

  public IssuedDocument issue(IssuedDocument invoice) throws ApiException, JsonProcessingException {
    try {
      return issuedDocumentsApi
          .createIssuedDocument(companyId, new CreateIssuedDocumentRequest().data(invoice))
          .getData();
    } catch (ApiException e) {
      if (e.getCode() != 422) {
        throw e;
      }
      JsonNode error = mapper.readTree(e.getResponseBody()).path("error");
      String reason = backOffice
          // BUG: Diagnostic contains: ValidationResultDropped
          ? "Fatture in Cloud refused invoice " + invoice.getNumeration() + ": " + error.path("message").asText()
          : error.path("message").asText();
      throw new InvoiceRejectedException(reason);
    }
  }
}
