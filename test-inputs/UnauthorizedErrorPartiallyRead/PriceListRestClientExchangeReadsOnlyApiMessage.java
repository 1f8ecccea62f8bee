package inputs.unauthorizederrorpartiallyread;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.web.client.RestClient;

/**
 * Reads the price lists of Fatture in Cloud with RestClient's exchange. An error status becomes a
 * {@link PriceListException} from error.message: an OAuth-format 401 (error, error_description)
 * yields an empty message, and a 422 loses its validation_result.
 */
public class PriceListRestClientExchangeReadsOnlyApiMessage {

  /** A price list request Fatture in Cloud refused. */
  public static class PriceListException extends RuntimeException {
    public PriceListException(String message) {
      super(message);
    }
  }

  private final RestClient restClient;
  private final ObjectMapper mapper = new ObjectMapper();
  private final int companyId;

  public PriceListRestClientExchangeReadsOnlyApiMessage(RestClient restClient, int companyId) {
    this.restClient = restClient;
    this.companyId = companyId;
  }

  public JsonNode priceLists() {
    return restClient.get()
        .uri("/c/{companyId}/price_lists", companyId)
        .exchange((request, response) -> {
          JsonNode body = mapper.readTree(response.getBody());
          if (response.getStatusCode().isError()) {
            // BUG: Diagnostic contains: UnauthorizedErrorPartiallyRead
            // BUG: Diagnostic contains: ValidationResultDropped
            throw new PriceListException(body.path("error").path("message").asText());
          }
          return body.path("data");
        });
  }
}
