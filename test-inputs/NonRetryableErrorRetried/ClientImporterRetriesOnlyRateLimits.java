package inputs.nonretryableerrorretried;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ClientsApi;
import it.fattureincloud.sdk.model.Client;
import it.fattureincloud.sdk.model.CreateClientRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Copies CRM accounts into Fatture in Cloud; only rate limits and server errors get another try. */
public class ClientImporterRetriesOnlyRateLimits {

  private static final int MAX_ATTEMPTS = 5;
  private static final Duration MAX_WAIT = Duration.ofMinutes(2);

  private final ClientsApi clientsApi;
  private final int companyId;

  public ClientImporterRetriesOnlyRateLimits(ApiClient apiClient, int companyId) {
    this.clientsApi = new ClientsApi(apiClient);
    this.companyId = companyId;
  }

  public Integer importAccount(Client client) throws ApiException, InterruptedException {
    CreateClientRequest request = new CreateClientRequest().data(client);
    for (int attempt = 1; ; attempt++) {
      try {
        return clientsApi.createClient(companyId, request).getData().getId();
      } catch (ApiException e) {
        if (!isTransient(e.getCode()) || attempt >= MAX_ATTEMPTS) {
          throw e;
        }
        Duration wait = delay(e, attempt);
        if (wait.compareTo(MAX_WAIT) > 0) {
          throw e;
        }
        Thread.sleep(wait.toMillis());
      }
    }
  }

  private static boolean isTransient(int status) {
    return status == 429 || status >= 500;
  }

  private static Duration delay(ApiException e, int attempt) {
    long jitter = ThreadLocalRandom.current().nextLong(250L);
    Duration backoff = Duration.ofMillis((500L << attempt) + jitter);
    Map<String, List<String>> headers = e.getResponseHeaders();
    List<String> values = headers == null ? null : headers.get("retry-after");
    if (values == null || values.isEmpty()) {
      return backoff;
    }
    // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
    Duration retryAfter = Duration.ofSeconds(Long.parseLong(values.get(0).trim()));
    return retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff;
  }
}
