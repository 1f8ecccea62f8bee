package inputs.retrywithoutbackoff;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.CreateIssuedDocumentRequest;
import it.fattureincloud.sdk.model.IssuedDocument;
import java.util.function.Supplier;

/** Creates invoices, refreshing the expired OAuth token once when the API says so. */
public class InvoiceSenderRetriesOnceAfterTokenRefresh {

  private final ApiClient apiClient;
  private final IssuedDocumentsApi issuedDocumentsApi;
  private final Supplier<String> tokenRefresher;
  private final int companyId;

  public InvoiceSenderRetriesOnceAfterTokenRefresh(ApiClient apiClient, Supplier<String> tokenRefresher, int companyId) {
    this.apiClient = apiClient;
    this.issuedDocumentsApi = new IssuedDocumentsApi(apiClient);
    this.tokenRefresher = tokenRefresher;
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
      apiClient.setAccessToken(tokenRefresher.get());
      return issuedDocumentsApi.createIssuedDocument(companyId, request).getData();
    }
  }
}
