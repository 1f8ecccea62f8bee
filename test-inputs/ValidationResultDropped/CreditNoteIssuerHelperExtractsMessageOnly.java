package inputs.validationresultdropped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.CreateIssuedDocumentRequest;
import it.fattureincloud.sdk.model.IssuedDocument;
import it.fattureincloud.sdk.model.IssuedDocumentType;

/**
 * Issues credit notes for returned orders. The error text is taken from a small helper that digs error.message out
 * of the body and nothing else, so the refund desk sees "Invalid request." without the item that failed.
 */
public class CreditNoteIssuerHelperExtractsMessageOnly {

  /** The credit note could not be issued. */
  public static class CreditNoteRejectedException extends RuntimeException {
    public CreditNoteRejectedException(String orderId, String reason) {
      super("Credit note for order " + orderId + " rejected: " + reason);
    }
  }

  private final IssuedDocumentsApi issuedDocumentsApi;
  private final ObjectMapper mapper = new ObjectMapper();
  private final int companyId;

  public CreditNoteIssuerHelperExtractsMessageOnly(IssuedDocumentsApi issuedDocumentsApi, int companyId) {
    this.issuedDocumentsApi = issuedDocumentsApi;
    this.companyId = companyId;
  }

  public IssuedDocument issueCreditNote(String orderId, IssuedDocument creditNote)
      throws ApiException, JsonProcessingException {
    creditNote.setType(IssuedDocumentType.CREDIT_NOTE);
    try {
      return issuedDocumentsApi
          .createIssuedDocument(companyId, new CreateIssuedDocumentRequest().data(creditNote))
          .getData();
    } catch (ApiException e) {
      if (e.getCode() == 422) {
        // BUG: Diagnostic contains: ValidationResultDropped
        String reason = errorMessage(e.getResponseBody());
        throw new CreditNoteRejectedException(orderId, reason);
      }
      throw e;
    }
  }

  private String errorMessage(String responseBody) throws JsonProcessingException {
    JsonNode root = mapper.readTree(responseBody);
    return root.path("error").path("message").asText();
  }
}
