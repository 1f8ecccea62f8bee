package inputs.unauthorized;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ProductsApi;
import it.fattureincloud.sdk.model.Product;
import java.io.IOException;
import java.util.logging.Logger;

/** Reads a product for the shop; the whole 401 body goes to the log, whatever its format. */
public class ProductReaderLogsRawUnauthorizedBody {
  private static final Logger LOG = Logger.getLogger(ProductReaderLogsRawUnauthorizedBody.class.getName());

  private final ProductsApi products;
  private final ObjectMapper mapper = new ObjectMapper();
  private final int companyId;

  public ProductReaderLogsRawUnauthorizedBody(ApiClient apiClient, int companyId) {
    this.products = new ProductsApi(apiClient);
    this.companyId = companyId;
  }

  public Product product(int id) throws ApiException, IOException {
    try {
      return products.getProduct(companyId, id, null, "detailed").getData();
    } catch (ApiException e) {
      if (e.getCode() == 401) {
        LOG.warning("Fatture in Cloud refused the token: " + e.getResponseBody());
        JsonNode body = mapper.readTree(e.getResponseBody());
        throw new IllegalStateException("reconnect: " + body.path("error_description").asText());
      }
      throw e;
    }
  }
}
