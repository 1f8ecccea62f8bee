package inputs.nonretryableerrorretried;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.CreateIssuedDocumentRequest;
import it.fattureincloud.sdk.model.IssuedDocument;
import java.io.IOException;

/**
 * Creates invoices from the order queue. Several workers share the company, so Fatture in Cloud may still be busy
 * with another creation; any other conflict (duplicate number, dates out of order) goes back to the caller.
 */
public class IssuedDocumentCreatorWaitsOutConcurrentEdit {

  private static final int MAX_ATTEMPTS = 4;

  private final IssuedDocumentsApi issuedDocumentsApi;
  private final ObjectMapper mapper = new ObjectMapper();
  private final int companyId;

  public IssuedDocumentCreatorWaitsOutConcurrentEdit(ApiClient apiClient, int companyId) {
    this.issuedDocumentsApi = new IssuedDocumentsApi(apiClient);
    this.companyId = companyId;
  }

  public IssuedDocument create(IssuedDocument invoice) throws ApiException, InterruptedException {
    CreateIssuedDocumentRequest request = new CreateIssuedDocumentRequest().data(invoice);
    int attempt = 0;
    while (true) {
      attempt++;
      try {
        return issuedDocumentsApi.createIssuedDocument(companyId, request).getData();
      } catch (ApiException e) {
        if (e.getCode() == 409 && attempt < MAX_ATTEMPTS) {
          String message = errorMessage(e.getResponseBody());
          if (message.contains("already being executed")) {
            Thread.sleep(2_000L * attempt);
            continue;
          }
        }
        throw e;
      }
    }
  }

  private String errorMessage(String body) {
    if (body == null) {
      return "";
    }
    try {
      JsonNode error = mapper.readTree(body).path("error");
      return error.path("message").asText("");
    } catch (IOException notJson) {
      return body;
    }
  }
}
