package inputs.validationresultdropped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Adds products to the Fatture in Cloud catalogue with Spring's RestClient. A 422 is explained by a helper that is
 * handed the exception and keeps only error.message: the helper is where the details are dropped, and where it is
 * reported, not again at each call.
 */
public class ProductRegistryExplainsRejectionInHelper {

  /** The product was refused by Fatture in Cloud. */
  public static class ProductRejectedException extends RuntimeException {
    public ProductRejectedException(String code, String reason) {
      super("Product " + code + " rejected: " + reason);
    }
  }

  private final RestClient restClient;
  private final ObjectMapper mapper = new ObjectMapper();

  public ProductRegistryExplainsRejectionInHelper(RestClient restClient) {
    this.restClient = restClient;
  }

  public JsonNode create(int companyId, String code, String name, double netPrice) throws JsonProcessingException {
    try {
      return restClient.post()
          .uri("/c/{companyId}/products", companyId)
          .contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("data", Map.of("code", code, "name", name, "net_price", netPrice)))
          .retrieve()
          .body(JsonNode.class);
    } catch (HttpClientErrorException.UnprocessableEntity e) {
      throw new ProductRejectedException(code, explain(e));
    }
  }

  public JsonNode rename(int companyId, int productId, String name) throws JsonProcessingException {
    try {
      return restClient.put()
          .uri("/c/{companyId}/products/{productId}", companyId, productId)
          .contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("data", Map.of("name", name)))
          .retrieve()
          .body(JsonNode.class);
    } catch (HttpClientErrorException.UnprocessableEntity e) {
      throw new ProductRejectedException(String.valueOf(productId), explain(e));
    }
  }

  private String explain(HttpClientErrorException.UnprocessableEntity e) throws JsonProcessingException {
    JsonNode error = mapper.readTree(e.getResponseBodyAsString()).path("error");
    // BUG: Diagnostic contains: ValidationResultDropped
    return error.path("message").asText();
  }
}
