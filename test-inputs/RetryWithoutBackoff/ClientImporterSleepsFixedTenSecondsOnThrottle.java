package inputs.retrywithoutbackoff;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ClientsApi;
import it.fattureincloud.sdk.model.Client;
import it.fattureincloud.sdk.model.CreateClientRequest;

/** Imports the customers of the old accounting program. */
public class ClientImporterSleepsFixedTenSecondsOnThrottle {

  private final ClientsApi clientsApi;
  private final int companyId;

  public ClientImporterSleepsFixedTenSecondsOnThrottle(ApiClient apiClient, int companyId) {
    this.clientsApi = new ClientsApi(apiClient);
    this.companyId = companyId;
  }

  public int importClient(Client client) throws ApiException, InterruptedException {
    CreateClientRequest request = new CreateClientRequest().data(client);
    while (true) {
      try {
        return clientsApi.createClient(companyId, request).getData().getId();
      } catch (ApiException e) {
        if (e.getCode() != 429) {
          throw e;
        }
        // Ten seconds every time, and not the time the API asked for either.
        // BUG: Diagnostic contains: RetryAfterIgnored
        // BUG: Diagnostic contains: RetryWithoutBackoff
        Thread.sleep(10_000);
      }
    }
  }
}
