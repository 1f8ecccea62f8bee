package inputs.retryafterignored;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedEInvoicesApi;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/** Exports the XML of issued e-invoices for the accountant's archive. */
public class EInvoiceXmlExporterRetriesThrottledFutureAfterFixedPause {

  private static final int MAX_ATTEMPTS = 5;
  private static final long PAUSE_SECONDS = 5;

  private final IssuedEInvoicesApi eInvoicesApi;
  private final ExecutorService executor;
  private final int companyId;

  public EInvoiceXmlExporterRetriesThrottledFutureAfterFixedPause(ApiClient apiClient, ExecutorService executor, int companyId) {
    this.eInvoicesApi = new IssuedEInvoicesApi(apiClient);
    this.executor = executor;
    this.companyId = companyId;
  }

  public CompletableFuture<String> export(int documentId, int attempt) {
    return fetch(documentId).exceptionallyCompose(ex -> {
      Throwable cause = ex instanceof CompletionException ? ex.getCause() : ex;
      if (cause instanceof ApiException api && api.getCode() == 429 && attempt < MAX_ATTEMPTS) {
        // Throttled: waits a fixed pause instead of the Retry-After time the API sent.
        // BUG: Diagnostic contains: RetryAfterIgnored
        // BUG: Diagnostic contains: RetryWithoutBackoff
        return CompletableFuture.supplyAsync(() -> attempt + 1, CompletableFuture.delayedExecutor(PAUSE_SECONDS, TimeUnit.SECONDS)).thenCompose(next -> export(documentId, next));
      }
      return CompletableFuture.failedFuture(cause);
    });
  }

  private CompletableFuture<String> fetch(int documentId) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return eInvoicesApi.getEInvoiceXml(companyId, documentId, null);
      } catch (ApiException e) {
        throw new CompletionException(e);
      }
    }, executor);
  }
}
