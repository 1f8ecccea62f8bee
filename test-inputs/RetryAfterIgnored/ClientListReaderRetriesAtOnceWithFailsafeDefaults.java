package inputs.retryafterignored;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.api.ClientsApi;
import it.fattureincloud.sdk.model.ListClientsResponse;

/** Reads the address book of a company, re-sending any failed request at once with Failsafe's defaults. */
public class ClientListReaderRetriesAtOnceWithFailsafeDefaults {

  private final ClientsApi clientsApi;

  public ClientListReaderRetriesAtOnceWithFailsafeDefaults(ApiClient apiClient) {
    this.clientsApi = new ClientsApi(apiClient);
  }

  public ListClientsResponse firstPage(int companyId) {
    // BUG: Diagnostic contains: NonRetryableErrorRetried
    // BUG: Diagnostic contains: RetryAfterIgnored
    // BUG: Diagnostic contains: RetryWithoutBackoff
    return Failsafe.with(RetryPolicy.ofDefaults())
        .get(() -> clientsApi.listClients(companyId, null, null, null, 1, 50, null));
  }
}
