package inputs.validationresultdropped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.CreateIssuedDocumentRequest;
import it.fattureincloud.sdk.model.CreateIssuedDocumentResponse;
import it.fattureincloud.sdk.model.IssuedDocument;

/**
 * Creates invoices in Fatture in Cloud from confirmed shop orders. On a 422 it throws the summary message only, so
 * "Invalid request." reaches the operator without the fields that failed validation.
 */
public class IssuedInvoiceCreatorKeepsOnlyValidationMessage {

  /** Raised when Fatture in Cloud refuses an invoice as invalid. */
  public static class InvoiceRejectedException extends RuntimeException {
    public InvoiceRejectedException(String message) {
      super(message);
    }
  }

  private final IssuedDocumentsApi issuedDocumentsApi;
  private final ObjectMapper mapper = new ObjectMapper();
  private final int companyId;

  public IssuedInvoiceCreatorKeepsOnlyValidationMessage(IssuedDocumentsApi issuedDocumentsApi, int companyId) {
    this.issuedDocumentsApi = issuedDocumentsApi;
    this.companyId = companyId;
  }

  public IssuedDocument createInvoice(IssuedDocument draft) throws ApiException, JsonProcessingException {
    CreateIssuedDocumentRequest request = new CreateIssuedDocumentRequest().data(draft);
    try {
      CreateIssuedDocumentResponse response = issuedDocumentsApi.createIssuedDocument(companyId, request);
      return response.getData();
    } catch (ApiException e) {
      if (e.getCode() == 422) {
        JsonNode error = mapper.readTree(e.getResponseBody()).path("error");
        // BUG: Diagnostic contains: ValidationResultDropped
        throw new InvoiceRejectedException(error.path("message").asText());
      }
      throw e;
    }
  }
}
