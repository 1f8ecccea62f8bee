package inputs.nonretryableerrorretried;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ProductsApi;
import it.fattureincloud.sdk.model.ModifyProductRequest;
import it.fattureincloud.sdk.model.Product;

/** Keeps the product catalogue in step with the warehouse; only gateway failures are retried. */
public class ProductSyncRetriesTransientStatusesListedInArray {

  private static final int[] TRANSIENT_STATUSES = {500, 502, 504};
  private static final int MAX_ATTEMPTS = 3;

  private final ProductsApi productsApi;
  private final int companyId;

  public ProductSyncRetriesTransientStatusesListedInArray(ApiClient apiClient, int companyId) {
    this.productsApi = new ProductsApi(apiClient);
    this.companyId = companyId;
  }

  public Product update(int productId, Product product) throws ApiException, InterruptedException {
    ModifyProductRequest request = new ModifyProductRequest().data(product);
    for (int attempt = 1; ; attempt++) {
      try {
        return productsApi.modifyProduct(companyId, productId, request).getData();
      } catch (ApiException e) {
        if (attempt == MAX_ATTEMPTS || !isTransient(e.getCode())) {
          throw e;
        }
        Thread.sleep(500L << attempt);
      }
    }
  }

  private static boolean isTransient(int status) {
    for (int candidate : TRANSIENT_STATUSES) {
      if (candidate == status) {
        return true;
      }
    }
    return false;
  }
}
