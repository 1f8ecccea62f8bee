package inputs.nonretryableerrorretried;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ProductsApi;
import it.fattureincloud.sdk.model.ListProductsResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shows the product catalogue in the point of sale, with the cached copy when the API cannot answer. */
public class ProductCatalogReaderFallsBackOnAsyncFailure {

  private static final Logger log = LoggerFactory.getLogger(ProductCatalogReaderFallsBackOnAsyncFailure.class);

  private final ProductsApi productsApi;
  private final ExecutorService executor;
  private final int companyId;
  private volatile ListProductsResponse cached = new ListProductsResponse().data(List.of());

  public ProductCatalogReaderFallsBackOnAsyncFailure(ApiClient apiClient, ExecutorService executor, int companyId) {
    this.productsApi = new ProductsApi(apiClient);
    this.executor = executor;
    this.companyId = companyId;
  }

  public CompletableFuture<ListProductsResponse> catalogue() {
    return fetch().handle((products, ex) -> {
      if (ex != null) {
        log.warn("product catalogue unavailable, showing the cached copy: {}", ex.getMessage());
        return cached;
      }
      cached = products;
      return products;
    });
  }

  public CompletableFuture<ListProductsResponse> catalogueOrEmpty() {
    return fetch().exceptionally(ex -> {
      log.warn("product catalogue unavailable: {}", ex.getMessage());
      return new ListProductsResponse().data(List.of());
    });
  }

  private CompletableFuture<ListProductsResponse> fetch() {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return productsApi.listProducts(companyId, null, "basic", null, 1, 500, null);
      } catch (ApiException e) {
        throw new CompletionException(e);
      }
    }, executor);
  }
}
