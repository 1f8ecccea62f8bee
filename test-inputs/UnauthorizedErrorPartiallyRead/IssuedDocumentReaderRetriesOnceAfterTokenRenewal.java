package inputs.unauthorizederrorpartiallyread;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.IssuedDocument;
import java.util.function.Supplier;

/**
 * Reads issued invoices with the Fatture in Cloud SDK, renewing the access token once on a 401. The second read
 * explains a second 401 with error.message only, in the helper that sends it: that is where it is reported, not at
 * the call after the renewal.
 */
public class IssuedDocumentReaderRetriesOnceAfterTokenRenewal {

  /** The user must sign in again. */
  public static class SignInRequiredException extends RuntimeException {
    public SignInRequiredException(String reason) {
      super("Sign in to Fatture in Cloud again: " + reason);
    }
  }

  private final ApiClient apiClient;
  private final IssuedDocumentsApi issuedDocumentsApi;
  private final Supplier<String> tokenSource;
  private final ObjectMapper mapper = new ObjectMapper();

  public IssuedDocumentReaderRetriesOnceAfterTokenRenewal(
      ApiClient apiClient, IssuedDocumentsApi issuedDocumentsApi, Supplier<String> tokenSource) {
    this.apiClient = apiClient;
    this.issuedDocumentsApi = issuedDocumentsApi;
    this.tokenSource = tokenSource;
  }

  public IssuedDocument read(int companyId, int documentId) throws ApiException, JsonProcessingException {
    try {
      return issuedDocumentsApi.getIssuedDocument(companyId, documentId, null, null).getData();
    } catch (ApiException e) {
      if (e.getCode() == 401) {
        refreshAccessToken();
        return readAfterRenewal(companyId, documentId);
      }
      throw e;
    }
  }

  private IssuedDocument readAfterRenewal(int companyId, int documentId) throws ApiException, JsonProcessingException {
    try {
      return issuedDocumentsApi.getIssuedDocument(companyId, documentId, null, null).getData();
    } catch (ApiException e) {
      if (e.getCode() == 401) {
        JsonNode body = mapper.readTree(e.getResponseBody());
        // BUG: Diagnostic contains: UnauthorizedErrorPartiallyRead
        throw new SignInRequiredException(body.path("error").path("message").asText());
      }
      throw e;
    }
  }

  private void refreshAccessToken() {
    apiClient.setAccessToken(tokenSource.get());
  }
}
