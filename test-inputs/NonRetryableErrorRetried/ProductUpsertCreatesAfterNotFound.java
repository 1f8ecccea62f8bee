package inputs.nonretryableerrorretried;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ProductsApi;
import it.fattureincloud.sdk.model.CreateProductRequest;
import it.fattureincloud.sdk.model.ModifyProductRequest;
import it.fattureincloud.sdk.model.Product;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** Keeps the Fatture in Cloud product list in step with the warehouse catalogue. */
public class ProductUpsertCreatesAfterNotFound {

  private final ProductsApi productsApi;
  private final int companyId;
  private final Map<String, Integer> knownIds;

  public ProductUpsertCreatesAfterNotFound(ApiClient apiClient, int companyId, Map<String, Integer> knownIds) {
    this.productsApi = new ProductsApi(apiClient);
    this.companyId = companyId;
    this.knownIds = knownIds;
  }

  public Product upsert(Product product) throws ApiException {
    Integer productId = knownIds.get(product.getCode());
    if (productId == null) {
      return create(product);
    }
    try {
      productsApi.getProduct(companyId, productId, null, "basic");
    } catch (ApiException e) {
      if (e.getCode() != HttpStatus.NOT_FOUND.value()) {
        throw e;
      }
      // deleted by hand in the web app: create it again under a new id
      knownIds.remove(product.getCode());
      return create(product);
    }
    return productsApi.modifyProduct(companyId, productId, new ModifyProductRequest().data(product)).getData();
  }

  private Product create(Product product) throws ApiException {
    Product created = productsApi.createProduct(companyId, new CreateProductRequest().data(product)).getData();
    knownIds.put(product.getCode(), created.getId());
    return created;
  }
}
