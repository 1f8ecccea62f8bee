package inputs.nonretryableerrorretried;

import io.vavr.control.Either;
import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.auth.OAuth2AuthorizationCodeError;
import it.fattureincloud.sdk.auth.OAuth2AuthorizationCodeManager;
import it.fattureincloud.sdk.auth.OAuth2AuthorizationCodeResponse;
import it.fattureincloud.sdk.model.ListIssuedDocumentsResponse;
import java.io.IOException;

/** Lists the invoices of the current month for the dashboard; renews the OAuth token once when it has expired. */
public class IssuedDocumentListerRefreshesOAuthTokenOn401 {

  private final ApiClient apiClient;
  private final IssuedDocumentsApi issuedDocumentsApi;
  private final OAuth2AuthorizationCodeManager oauth;
  private final int companyId;
  private String refreshToken;

  public IssuedDocumentListerRefreshesOAuthTokenOn401(ApiClient apiClient, OAuth2AuthorizationCodeManager oauth,
      int companyId, String refreshToken) {
    this.apiClient = apiClient;
    this.issuedDocumentsApi = new IssuedDocumentsApi(apiClient);
    this.oauth = oauth;
    this.companyId = companyId;
    this.refreshToken = refreshToken;
  }

  public ListIssuedDocumentsResponse invoicesOfMonth(String yearMonth) throws ApiException, IOException {
    String query = "date >= '" + yearMonth + "-01'";
    boolean refreshed = false;
    for (int attempt = 0; attempt < 2; attempt++) {
      try {
        return issuedDocumentsApi.listIssuedDocuments(companyId, "invoice", null, "basic", "-date", 1, 100, query, null);
      } catch (ApiException e) {
        if (e.getCode() != 401 || refreshed) {
          throw e;
        }
        Either<OAuth2AuthorizationCodeError, OAuth2AuthorizationCodeResponse> renewed = oauth.refreshToken(refreshToken);
        if (renewed.isLeft()) {
          throw new IllegalStateException("the account must be linked again: " + renewed.getLeft(), e);
        }
        apiClient.setAccessToken(renewed.get().getAccessToken());
        refreshToken = renewed.get().getRefreshToken();
        refreshed = true;
      }
    }
    throw new IllegalStateException("unreachable");
  }
}
