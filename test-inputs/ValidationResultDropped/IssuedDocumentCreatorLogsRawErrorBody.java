package inputs.validationresultdropped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.CreateIssuedDocumentRequest;
import it.fattureincloud.sdk.model.IssuedDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates proforma documents for the sales team. On a 422 it logs the whole error body (validation_result and extra
 * included) for the support team, then raises the short message for the salesperson: nothing is lost.
 */
public class IssuedDocumentCreatorLogsRawErrorBody {

  private static final Logger log = LoggerFactory.getLogger(IssuedDocumentCreatorLogsRawErrorBody.class);

  /** The proforma could not be created. */
  public static class ProformaRejectedException extends RuntimeException {
    public ProformaRejectedException(String message) {
      super(message);
    }
  }

  private final IssuedDocumentsApi issuedDocumentsApi;
  private final ObjectMapper mapper = new ObjectMapper();
  private final int companyId;

  public IssuedDocumentCreatorLogsRawErrorBody(IssuedDocumentsApi issuedDocumentsApi, int companyId) {
    this.issuedDocumentsApi = issuedDocumentsApi;
    this.companyId = companyId;
  }

  public IssuedDocument createProforma(String dealId, IssuedDocument proforma)
      throws ApiException, JsonProcessingException {
    try {
      return issuedDocumentsApi
          .createIssuedDocument(companyId, new CreateIssuedDocumentRequest().data(proforma))
          .getData();
    } catch (ApiException e) {
      if (e.getCode() == 422) {
        String body = e.getResponseBody();
        log.warn("Proforma for deal {} failed validation, Fatture in Cloud said: {}", dealId, body);
        String message = mapper.readTree(body).path("error").path("message").asText();
        throw new ProformaRejectedException(message + " (details in the log, deal " + dealId + ")");
      }
      throw e;
    }
  }
}
