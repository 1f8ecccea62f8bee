package inputs.nonretryableerrorretried;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ClientsApi;
import it.fattureincloud.sdk.model.Client;
import it.fattureincloud.sdk.model.ClientType;
import it.fattureincloud.sdk.model.CreateClientRequest;
import java.util.List;
import java.util.Map;

/** Copies customers of the web shop into the Fatture in Cloud address book. */
public class ClientImporterRetriesEveryApiException {

  private static final int MAX_ATTEMPTS = 4;
  private static final long BASE_DELAY_MS = 500L;

  private final ClientsApi clientsApi;
  private final int companyId;

  public ClientImporterRetriesEveryApiException(ApiClient apiClient, int companyId) {
    this.clientsApi = new ClientsApi(apiClient);
    this.companyId = companyId;
  }

  public Integer importCustomer(String name, String vatNumber, String email)
      throws ApiException, InterruptedException {
    Client client = new Client()
        .name(name)
        .vatNumber(vatNumber)
        .email(email)
        .type(ClientType.COMPANY);
    CreateClientRequest request = new CreateClientRequest().data(client);

    ApiException last = null;
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      try {
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        return clientsApi.createClient(companyId, request).getData().getId();
      } catch (ApiException e) {
        last = e;
        Map<String, List<String>> headers = e.getResponseHeaders();
        List<String> retryAfter = headers == null ? null : headers.get("Retry-After");
        long delayMs = BASE_DELAY_MS << attempt;
        if (retryAfter != null && !retryAfter.isEmpty()) {
          // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
          delayMs = Math.max(delayMs, Long.parseLong(retryAfter.get(0).trim()) * 1000L);
        }
        Thread.sleep(delayMs);
      }
    }
    throw last;
  }
}
