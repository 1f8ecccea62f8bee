package inputs.retrywithoutbackoff;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.CreateIssuedDocumentRequest;
import it.fattureincloud.sdk.model.IssuedDocument;

/** Creates invoices, refreshing the expired OAuth token once when the API says so. */
public class InvoiceSenderRetriesOnceAfterTokenRefresh {

  /** Exchanges the stored refresh token for a new access token. */
  public interface TokenService {
    String refreshAccessToken();
  }

  private final ApiClient apiClient;
  private final IssuedDocumentsApi issuedDocumentsApi;
  private final TokenService tokens;
  private final int companyId;

  public InvoiceSenderRetriesOnceAfterTokenRefresh(ApiClient apiClient, TokenService tokens, int companyId) {
    this.apiClient = apiClient;
    this.issuedDocumentsApi = new IssuedDocumentsApi(apiClient);
    this.tokens = tokens;
    this.companyId = companyId;
  }

  public IssuedDocument send(IssuedDocument invoice) throws ApiException {
    CreateIssuedDocumentRequest request = new CreateIssuedDocumentRequest().data(invoice);
    try {
      return issuedDocumentsApi.createIssuedDocument(companyId, request).getData();
    } catch (ApiException e) {
      if (e.getCode() != 401) {
        throw e;
      }
      apiClient.setAccessToken(tokens.refreshAccessToken());
      return issuedDocumentsApi.createIssuedDocument(companyId, request).getData();
    }
  }
}
