package inputs.unauthorized;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.IssuedDocument;
import java.io.IOException;

/** Reads invoices for the customer portal; a 401 becomes a "please reconnect" message. */
public class IssuedDocumentClientReadsOnlyApiFormatOn401 {
  private final IssuedDocumentsApi documents;
  private final ObjectMapper mapper = new ObjectMapper();
  private final int companyId;

  public IssuedDocumentClientReadsOnlyApiFormatOn401(ApiClient apiClient, int companyId) {
    this.documents = new IssuedDocumentsApi(apiClient);
    this.companyId = companyId;
  }

  public IssuedDocument invoice(int id) throws ApiException, IOException {
    try {
      return documents.getIssuedDocument(companyId, id, null, "detailed").getData();
    } catch (ApiException e) {
      if (e.getCode() != 401) {
        throw e;
      }
      JsonNode body = mapper.readTree(e.getResponseBody());
      // An expired token answers in the OAuth format: error is a string, error.message is missing.
      // BUG: Diagnostic contains: UnauthorizedErrorPartiallyRead
      String reason = body.path("error").path("message").asText();
      throw new IllegalStateException("Fatture in Cloud connection needs renewing: " + reason);
    }
  }
}
