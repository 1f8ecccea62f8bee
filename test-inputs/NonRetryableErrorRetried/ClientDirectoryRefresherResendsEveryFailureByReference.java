package inputs.nonretryableerrorretried;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ClientsApi;
import it.fattureincloud.sdk.model.ListClientsResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/** Refreshes the cached client directory of the invoicing front end every few minutes. */
public class ClientDirectoryRefresherResendsEveryFailureByReference {

  private final ClientsApi clientsApi;
  private final ExecutorService executor;
  private final int companyId;

  public ClientDirectoryRefresherResendsEveryFailureByReference(ApiClient apiClient, ExecutorService executor, int companyId) {
    this.clientsApi = new ClientsApi(apiClient);
    this.executor = executor;
    this.companyId = companyId;
  }

  public CompletableFuture<ListClientsResponse> refresh() {
    // Any failure, an expired token (401) included, starts the refresh again two seconds later, for ever.
    return listClients().exceptionallyCompose(ex -> CompletableFuture
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        // BUG: Diagnostic contains: RetryAfterIgnored
        // BUG: Diagnostic contains: RetryWithoutBackoff
        .supplyAsync(this::refresh, CompletableFuture.delayedExecutor(2, TimeUnit.SECONDS))
        .thenCompose(retried -> retried));
  }

  private CompletableFuture<ListClientsResponse> listClients() {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return clientsApi.listClients(companyId, "basic", null, "name", 1, 500, null);
      } catch (ApiException e) {
        throw new CompletionException(e);
      }
    }, executor);
  }
}
