package inputs.nonretryable;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ClientsApi;
import it.fattureincloud.sdk.model.Client;
import it.fattureincloud.sdk.model.CreateClientRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Imports customers; only rate limits and server errors are worth a second try. */
public class ClientImporterRetriesOnlyRateLimits {
  private static final int MAX_ATTEMPTS = 4;

  private final ClientsApi clients;
  private final int companyId;

  public ClientImporterRetriesOnlyRateLimits(ApiClient apiClient, int companyId) {
    this.clients = new ClientsApi(apiClient);
    this.companyId = companyId;
  }

  public Integer importClient(Client client) throws ApiException, InterruptedException {
    CreateClientRequest request = new CreateClientRequest().data(client);
    for (int attempt = 1; ; attempt++) {
      try {
        return clients.createClient(companyId, request).getData().getId();
      } catch (ApiException e) {
        if (!isTransient(e.getCode()) || attempt == MAX_ATTEMPTS) {
          throw e;
        }
        Thread.sleep(delay(e, attempt).toMillis());
      }
    }
  }

  private static boolean isTransient(int status) {
    return status == 429 || status >= 500;
  }

  private static Duration delay(ApiException e, int attempt) {
    Map<String, List<String>> headers = e.getResponseHeaders();
    List<String> values = headers == null ? null : headers.get("retry-after");
    Duration backoff = Duration.ofMillis(500L << attempt);
    if (values == null || values.isEmpty()) {
      return backoff;
    }
    Duration retryAfter = Duration.ofSeconds(Long.parseLong(values.get(0).trim()));
    return retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff;
  }
}
