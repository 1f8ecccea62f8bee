package inputs.nonretryable;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ClientsApi;
import it.fattureincloud.sdk.model.Client;
import it.fattureincloud.sdk.model.CreateClientRequest;
import java.util.List;
import java.util.Map;

/** Imports customers from the shop database into Fatture in Cloud. */
public class ClientImporterRetriesEveryApiException {
  private static final int MAX_ATTEMPTS = 4;

  private final ClientsApi clients;
  private final int companyId;

  public ClientImporterRetriesEveryApiException(ApiClient apiClient, int companyId) {
    this.clients = new ClientsApi(apiClient);
    this.companyId = companyId;
  }

  public Integer importClient(Client client) throws ApiException, InterruptedException {
    CreateClientRequest request = new CreateClientRequest().data(client);
    for (int attempt = 1; ; attempt++) {
      try {
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        return clients.createClient(companyId, request).getData().getId();
      } catch (ApiException e) {
        if (attempt == MAX_ATTEMPTS) {
          throw e;
        }
        // Waits as long as the API asks, but a 422 (a bad VAT number) will never pass.
        Thread.sleep(waitMillis(e, attempt));
      }
    }
  }

  private static long waitMillis(ApiException e, int attempt) {
    Map<String, List<String>> headers = e.getResponseHeaders();
    List<String> retryAfter = headers == null ? null : headers.get("Retry-After");
    if (retryAfter != null && !retryAfter.isEmpty()) {
      return Long.parseLong(retryAfter.get(0).trim()) * 1000L;
    }
    return 500L << attempt;
  }
}
