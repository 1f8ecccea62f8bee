package inputs.nonretryableerrorretried;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.CreateIssuedDocumentRequest;
import it.fattureincloud.sdk.model.CreateIssuedDocumentResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/** Creates invoices for the web shop's orders without blocking the checkout thread. */
public class IssuedDocumentCreatorRecomposesEveryAsyncFailure {

  private static final int MAX_ATTEMPTS = 3;
  private static final long RETRY_DELAY_SECONDS = 2;

  private final IssuedDocumentsApi documentsApi;
  private final Executor executor;
  private final int companyId;

  public IssuedDocumentCreatorRecomposesEveryAsyncFailure(ApiClient apiClient, Executor executor, int companyId) {
    this.documentsApi = new IssuedDocumentsApi(apiClient);
    this.executor = executor;
    this.companyId = companyId;
  }

  public CompletableFuture<CreateIssuedDocumentResponse> create(CreateIssuedDocumentRequest request, int attempt) {
    // Whatever failed (a 422 for an invalid document, a 401, a 429) is sent again after the same fixed pause.
    return send(request).exceptionallyCompose(ex -> attempt >= MAX_ATTEMPTS
        ? CompletableFuture.failedFuture(ex)
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        // BUG: Diagnostic contains: RetryAfterIgnored
        // BUG: Diagnostic contains: RetryWithoutBackoff
        : CompletableFuture.supplyAsync(() -> request, CompletableFuture.delayedExecutor(RETRY_DELAY_SECONDS, TimeUnit.SECONDS)).thenCompose(again -> create(again, attempt + 1)));
  }

  private CompletableFuture<CreateIssuedDocumentResponse> send(CreateIssuedDocumentRequest request) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return documentsApi.createIssuedDocument(companyId, request);
      } catch (ApiException e) {
        throw new CompletionException(e);
      }
    }, executor);
  }
}
