package inputs.retryafterignored;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ClientsApi;
import it.fattureincloud.sdk.model.Client;
import it.fattureincloud.sdk.model.CreateClientRequest;
import it.fattureincloud.sdk.model.CreateClientResponse;
import java.util.List;
import java.util.logging.Logger;

/** Imports customers exported from the CRM into Fatture in Cloud. */
public class CustomerImporterResendsImmediatelyOnTooManyRequests {

  private static final Logger LOG = Logger.getLogger("crm-import");
  private static final int MAX_RATE_LIMIT_HITS = 10;

  private final ClientsApi clientsApi;
  private final int companyId;

  public CustomerImporterResendsImmediatelyOnTooManyRequests(ApiClient apiClient, int companyId) {
    this.clientsApi = new ClientsApi(apiClient);
    this.companyId = companyId;
  }

  public int importAll(List<Client> crmCustomers) throws ApiException {
    int created = 0;
    for (Client customer : crmCustomers) {
      CreateClientResponse response = createClient(customer);
      LOG.fine("created client " + response.getData().getId());
      created++;
    }
    return created;
  }

  private CreateClientResponse createClient(Client customer) throws ApiException {
    CreateClientRequest request = new CreateClientRequest().data(customer);
    int rateLimitHits = 0;
    while (true) {
      try {
        // BUG: Diagnostic contains: RetryAfterIgnored
        // BUG: Diagnostic contains: RetryWithoutBackoff
        return clientsApi.createClient(companyId, request);
      } catch (ApiException e) {
        if (e.getCode() == 429 && rateLimitHits < MAX_RATE_LIMIT_HITS) {
          rateLimitHits++;
          LOG.warning("rate limited while creating " + customer.getName() + ", retrying");
          continue;
        }
        if (e.getCode() == 422) {
          LOG.severe("invalid customer " + customer.getName() + ": " + e.getResponseBody());
        }
        throw e;
      }
    }
  }
}
