package inputs.unauthorizederrorpartiallyread;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.web.client.RestClient;

/**
 * Updates price lists of Fatture in Cloud with RestClient's exchange. On an error status the JSON
 * type of error tells the OAuth format (a string, with error_description) from the API format (an
 * object, with message and validation_result), and both are read.
 */
public class PriceListRestClientExchangeChecksErrorShape {

  /** A price list update Fatture in Cloud refused. */
  public static class PriceListUpdateException extends RuntimeException {
    private final transient JsonNode fieldErrors;

    public PriceListUpdateException(String message, JsonNode fieldErrors) {
      super(message);
      this.fieldErrors = fieldErrors;
    }

    public JsonNode fieldErrors() {
      return fieldErrors;
    }
  }

  private final RestClient restClient;
  private final ObjectMapper mapper = new ObjectMapper();
  private final int companyId;

  public PriceListRestClientExchangeChecksErrorShape(RestClient restClient, int companyId) {
    this.restClient = restClient;
    this.companyId = companyId;
  }

  public JsonNode rename(int priceListId, String name) {
    return restClient.put()
        .uri("/c/{companyId}/price_lists/{id}", companyId, priceListId)
        .body(mapper.createObjectNode().set("data", mapper.createObjectNode().put("name", name)))
        .exchange((request, response) -> {
          JsonNode body = mapper.readTree(response.getBody());
          if (response.getStatusCode().is2xxSuccessful()) {
            return body.path("data");
          }
          JsonNode error = body.path("error");
          if (error.isTextual()) {
            throw new PriceListUpdateException(body.path("error_description").asText(error.asText()), null);
          }
          throw new PriceListUpdateException(error.path("message").asText(), error.path("validation_result"));
        });
  }
}
