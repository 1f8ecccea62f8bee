package inputs.validationresultdropped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.CreateIssuedDocumentRequest;
import it.fattureincloud.sdk.model.IssuedDocument;

/**
 * Issues credit notes with the Fatture in Cloud SDK. A 422 is worded for the back office or for the customer:
 * each wording keeps error.message, and both add the field errors of error.validation_result.
 */
public class CreditNoteIssuerWordsFieldErrorsByAudience {

  /** The credit note was refused. */
  public static class CreditNoteRejectedException extends RuntimeException {
    public CreditNoteRejectedException(String reason) {
      super(reason);
    }
  }

  private final IssuedDocumentsApi issuedDocumentsApi;
  private final ObjectMapper mapper = new ObjectMapper();
  private final int companyId;
  private final boolean backOffice;

  public CreditNoteIssuerWordsFieldErrorsByAudience(IssuedDocumentsApi issuedDocumentsApi, int companyId, boolean backOffice) {
    this.issuedDocumentsApi = issuedDocumentsApi;
    this.companyId = companyId;
    this.backOffice = backOffice;
  }

  public IssuedDocument issue(IssuedDocument creditNote) throws ApiException, JsonProcessingException {
    try {
      return issuedDocumentsApi
          .createIssuedDocument(companyId, new CreateIssuedDocumentRequest().data(creditNote))
          .getData();
    } catch (ApiException e) {
      if (e.getCode() != 422) {
        throw e;
      }
      JsonNode error = mapper.readTree(e.getResponseBody()).path("error");
      String fields = error.path("validation_result").toString();
      String reason = backOffice
          ? "Fatture in Cloud refused credit note " + creditNote.getNumeration() + ": "
              + error.path("message").asText() + " " + fields
          : error.path("message").asText() + " (" + fields + ")";
      throw new CreditNoteRejectedException(reason);
    }
  }
}
