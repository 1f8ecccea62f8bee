package inputs.retryafterignored;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ReceivedDocumentsApi;
import it.fattureincloud.sdk.model.GetReceivedDocumentResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/** Downloads supplier invoices received through the SDI for the bookkeeping import. */
public class ReceivedDocumentDownloaderWaitsRetryAfterInFailedFuture {

  private static final int MAX_ATTEMPTS = 4;
  private static final long DEFAULT_DELAY_SECONDS = 30;

  private final ReceivedDocumentsApi receivedDocumentsApi;
  private final ExecutorService executor;
  private final int companyId;

  public ReceivedDocumentDownloaderWaitsRetryAfterInFailedFuture(ApiClient apiClient, ExecutorService executor, int companyId) {
    this.receivedDocumentsApi = new ReceivedDocumentsApi(apiClient);
    this.executor = executor;
    this.companyId = companyId;
  }

  public CompletableFuture<GetReceivedDocumentResponse> download(int documentId, int attempt) {
    return fetch(documentId).exceptionallyCompose(ex -> {
      Throwable cause = ex instanceof CompletionException ? ex.getCause() : ex;
      if (cause instanceof ApiException api && api.getCode() == 503 && attempt < MAX_ATTEMPTS) {
        long delaySeconds = retryAfterSeconds(api);
        return CompletableFuture.supplyAsync(() -> attempt + 1, CompletableFuture.delayedExecutor(delaySeconds, TimeUnit.SECONDS)).thenCompose(next -> download(documentId, next));
      }
      return CompletableFuture.failedFuture(cause);
    });
  }

  private CompletableFuture<GetReceivedDocumentResponse> fetch(int documentId) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return receivedDocumentsApi.getReceivedDocument(companyId, documentId, null, "detailed");
      } catch (ApiException e) {
        throw new CompletionException(e);
      }
    }, executor);
  }

  private static long retryAfterSeconds(ApiException e) {
    Map<String, List<String>> headers = e.getResponseHeaders();
    List<String> values = headers == null ? null : headers.get("Retry-After");
    if (values == null || values.isEmpty() || !values.get(0).trim().matches("\\d+")) {
      return DEFAULT_DELAY_SECONDS;
    }
    // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
    return Long.parseLong(values.get(0).trim());
  }
}
