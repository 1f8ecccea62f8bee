package inputs.unauthorizederrorpartiallyread;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.CreateIssuedDocumentRequest;
import it.fattureincloud.sdk.model.IssuedDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Creates e-invoice drafts from the order system. Only a 422 is handled here: its body is always in the API format,
 * so reading error.message (with the per-field validation_result) is complete. Every other status, 401 included,
 * is rethrown unchanged for the caller to handle.
 */
public class EInvoiceDraftValidationBranchReadsApiFormat {

  /** The draft failed validation; each entry is "field: problem". */
  public static class DraftRejectedException extends Exception {
    private final List<String> problems;

    public DraftRejectedException(String message, List<String> problems) {
      super(message + " " + problems);
      this.problems = problems;
    }

    public List<String> problems() {
      return problems;
    }
  }

  private final IssuedDocumentsApi issuedDocuments;
  private final ObjectMapper mapper = new ObjectMapper();
  private final int companyId;

  public EInvoiceDraftValidationBranchReadsApiFormat(ApiClient apiClient, int companyId) {
    this.issuedDocuments = new IssuedDocumentsApi(apiClient);
    this.companyId = companyId;
  }

  public IssuedDocument createDraft(IssuedDocument draft) throws ApiException, DraftRejectedException, IOException {
    try {
      return issuedDocuments.createIssuedDocument(companyId, new CreateIssuedDocumentRequest().data(draft))
          .getData();
    } catch (ApiException e) {
      if (e.getCode() == 422) {
        JsonNode error = mapper.readTree(e.getResponseBody()).path("error");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : error.path("validation_result").properties()) {
          problems.add(field.getKey() + ": " + field.getValue().path(0).asText());
        }
        throw new DraftRejectedException(error.path("message").asText(), problems);
      }
      throw e;
    }
  }
}
