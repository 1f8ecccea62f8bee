package inputs.nonretryableerrorretried.sharedpolicy;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ProductsApi;
import it.fattureincloud.sdk.model.Product;

/** Mirrors the Fatture in Cloud product catalogue into the warehouse system. */
public class ProductCatalog {

  private final ProductsApi productsApi;
  private final int companyId;

  public ProductCatalog(ApiClient apiClient, int companyId) {
    this.productsApi = new ProductsApi(apiClient);
    this.companyId = companyId;
  }

  public Product product(int productId) throws ApiException, InterruptedException {
    // BUG: Diagnostic contains: NonRetryableErrorRetried
    // BUG: Diagnostic contains: RetryAfterIgnored
    return SdkRetries.withRetry(() -> productsApi.getProduct(companyId, productId, null, null).getData(), 5);
  }
}
