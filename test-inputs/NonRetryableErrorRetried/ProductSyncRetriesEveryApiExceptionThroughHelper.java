package inputs.nonretryableerrorretried;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ProductsApi;
import it.fattureincloud.sdk.model.Product;

/** Mirrors the Fatture in Cloud product catalogue into the warehouse system, one product at a time. */
public class ProductSyncRetriesEveryApiExceptionThroughHelper {

  /** One call of the Fatture in Cloud SDK. */
  @FunctionalInterface
  interface SdkCall<T> {
    T call() throws ApiException;
  }

  private static final int MAX_ATTEMPTS = 5;
  private static final long PAUSE_MS = 750L;

  private final ProductsApi productsApi;
  private final int companyId;

  public ProductSyncRetriesEveryApiExceptionThroughHelper(ApiClient apiClient, int companyId) {
    this.productsApi = new ProductsApi(apiClient);
    this.companyId = companyId;
  }

  public Product product(int productId) throws ApiException, InterruptedException {
    // BUG: Diagnostic contains: NonRetryableErrorRetried
    // BUG: Diagnostic contains: RetryAfterIgnored
    return withRetries(() -> productsApi.getProduct(companyId, productId, null, null).getData());
  }

  public void delete(int productId) throws ApiException, InterruptedException {
    // BUG: Diagnostic contains: RetryAfterIgnored
    withRetries(
        () -> {
          // BUG: Diagnostic contains: NonRetryableErrorRetried
          productsApi.deleteProduct(companyId, productId);
          return null;
        });
  }

  private <T> T withRetries(SdkCall<T> call) throws ApiException, InterruptedException {
    ApiException last = null;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        return call.call();
      } catch (ApiException e) {
        last = e;
        Thread.sleep(PAUSE_MS * attempt);
      }
    }
    throw last;
  }
}
