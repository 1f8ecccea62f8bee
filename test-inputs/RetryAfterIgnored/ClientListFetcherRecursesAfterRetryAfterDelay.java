package inputs.retryafterignored;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ClientsApi;
import it.fattureincloud.sdk.model.ListClientsResponse;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/** Loads client pages asynchronously for the dunning dashboard. */
public class ClientListFetcherRecursesAfterRetryAfterDelay {

  private static final int MAX_ATTEMPTS = 4;
  private static final long FALLBACK_DELAY_SECONDS = 10;

  private final ClientsApi clientsApi;
  private final int companyId;

  public ClientListFetcherRecursesAfterRetryAfterDelay(ApiClient apiClient, int companyId) {
    this.clientsApi = new ClientsApi(apiClient);
    this.companyId = companyId;
  }

  public CompletableFuture<ListClientsResponse> fetchPage(int page) {
    return fetchPage(page, 1);
  }

  private CompletableFuture<ListClientsResponse> fetchPage(int page, int attempt) {
    try {
      return CompletableFuture.completedFuture(clientsApi.listClients(companyId, "basic", null, "name", page, 100, null));
    } catch (ApiException e) {
      if (e.getCode() != 429 || attempt >= MAX_ATTEMPTS) {
        return CompletableFuture.failedFuture(e);
      }
      long delaySeconds = retryAfterSeconds(e);
      Executor later = CompletableFuture.delayedExecutor(delaySeconds, TimeUnit.SECONDS);
      return CompletableFuture.supplyAsync(() -> page, later).thenCompose(p -> fetchPage(p, attempt + 1));
    }
  }

  private static long retryAfterSeconds(ApiException e) {
    if (e.getResponseHeaders() == null) {
      return FALLBACK_DELAY_SECONDS;
    }
    List<String> values = e.getResponseHeaders().get(HttpHeaders.RETRY_AFTER);
    if (values == null || values.isEmpty() || !values.get(0).trim().matches("\\d+")) {
      return FALLBACK_DELAY_SECONDS;
    }
    // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
    return Long.parseLong(values.get(0).trim());
  }
}
