package inputs.retrywithoutbackoff;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ProductsApi;
import it.fattureincloud.sdk.model.Product;
import java.util.concurrent.ThreadLocalRandom;

/** Reads products for the web shop's catalogue. */
public class ProductCatalogReaderDoublesDelayAfterServerError {

  private static final int MAX_ATTEMPTS = 6;
  private static final long INITIAL_DELAY_MS = 500;
  private static final long MAX_DELAY_MS = 30_000;

  private final ProductsApi productsApi;
  private final int companyId;

  public ProductCatalogReaderDoublesDelayAfterServerError(ApiClient apiClient, int companyId) {
    this.productsApi = new ProductsApi(apiClient);
    this.companyId = companyId;
  }

  public Product read(int productId) throws ApiException, InterruptedException {
    long delay = INITIAL_DELAY_MS;
    for (int attempt = 1; ; attempt++) {
      try {
        return productsApi.getProduct(companyId, productId, null, null).getData();
      } catch (ApiException e) {
        if (e.getCode() < 500 || attempt >= MAX_ATTEMPTS) {
          throw e;
        }
        // BUG: Diagnostic contains: RetryAfterIgnored
        Thread.sleep(delay + ThreadLocalRandom.current().nextLong(delay / 2 + 1));
        delay = Math.min(delay * 2, MAX_DELAY_MS);
      }
    }
  }
}
