package inputs.unauthorizederrorpartiallyread;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ProductsApi;
import it.fattureincloud.sdk.model.Product;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pulls the product catalogue into the warehouse app. A 401 is logged with the whole response body, whatever its
 * format, so support sees error.message or error_description; the operator's message adds the OAuth description
 * as a hint when there is one. Nothing in the body is lost.
 */
public class ProductCatalogPullLogsRawUnauthorizedBody {

  private static final Logger LOG = Logger.getLogger(ProductCatalogPullLogsRawUnauthorizedBody.class.getName());

  /** The warehouse app must reconnect to Fatture in Cloud. */
  public static class CatalogUnavailableException extends Exception {
    public CatalogUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final ProductsApi products;
  private final ObjectMapper mapper = new ObjectMapper();
  private final int companyId;

  public ProductCatalogPullLogsRawUnauthorizedBody(ApiClient apiClient, int companyId) {
    this.products = new ProductsApi(apiClient);
    this.companyId = companyId;
  }

  public List<Product> pull() throws ApiException, CatalogUnavailableException, IOException {
    try {
      List<Product> catalogue = new ArrayList<>();
      List<Product> page = products.listProducts(companyId, null, "detailed", "code", 1, 100, null).getData();
      if (page != null) {
        catalogue.addAll(page);
      }
      return catalogue;
    } catch (ApiException e) {
      if (e.getCode() == 401) {
        LOG.log(Level.WARNING, "Fatture in Cloud refused the token for company {0}: {1}",
            new Object[] {companyId, e.getResponseBody()});
        String hint = mapper.readTree(e.getResponseBody()).path("error_description").asText("see the log");
        throw new CatalogUnavailableException("reconnect the warehouse app to Fatture in Cloud (" + hint + ")", e);
      }
      throw e;
    }
  }
}
