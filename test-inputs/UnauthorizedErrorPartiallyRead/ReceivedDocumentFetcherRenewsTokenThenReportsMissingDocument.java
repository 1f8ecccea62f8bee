package inputs.unauthorizederrorpartiallyread;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ReceivedDocumentsApi;
import it.fattureincloud.sdk.model.ReceivedDocument;
import java.util.function.Supplier;

/**
 * Fetches supplier invoices with the Fatture in Cloud SDK. After a 401 it renews the token and asks again through a
 * helper whose only body read, error.message, explains a 404 of that second request, not the 401 before it.
 */
public class ReceivedDocumentFetcherRenewsTokenThenReportsMissingDocument {

  /** The document is not on Fatture in Cloud any more. */
  public static class DocumentGoneException extends RuntimeException {
    public DocumentGoneException(int documentId, String reason) {
      super("Received document " + documentId + " not found: " + reason);
    }
  }

  private final ApiClient apiClient;
  private final ReceivedDocumentsApi receivedDocumentsApi;
  private final Supplier<String> tokenSource;
  private final ObjectMapper mapper = new ObjectMapper();

  public ReceivedDocumentFetcherRenewsTokenThenReportsMissingDocument(
      ApiClient apiClient, ReceivedDocumentsApi receivedDocumentsApi, Supplier<String> tokenSource) {
    this.apiClient = apiClient;
    this.receivedDocumentsApi = receivedDocumentsApi;
    this.tokenSource = tokenSource;
  }

  public ReceivedDocument fetch(int companyId, int documentId) throws ApiException, JsonProcessingException {
    try {
      return receivedDocumentsApi.getReceivedDocument(companyId, documentId, null, null).getData();
    } catch (ApiException e) {
      if (e.getCode() == 401) {
        refreshAccessToken();
        return fetchAgain(companyId, documentId);
      }
      throw e;
    }
  }

  private ReceivedDocument fetchAgain(int companyId, int documentId) throws ApiException, JsonProcessingException {
    try {
      return receivedDocumentsApi.getReceivedDocument(companyId, documentId, null, null).getData();
    } catch (ApiException e) {
      if (e.getCode() == 404) {
        JsonNode body = mapper.readTree(e.getResponseBody());
        throw new DocumentGoneException(documentId, body.path("error").path("message").asText());
      }
      throw e;
    }
  }

  private void refreshAccessToken() {
    apiClient.setAccessToken(tokenSource.get());
  }
}
