package inputs.validationresultdropped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Registers new customers in the Fatture in Cloud client registry with Spring's RestClient. Every 4xx becomes a
 * {@link ClientRegistrationException} carrying error.message only: the per-field validation_result of a 422 is lost,
 * and so is the OAuth error_description of a 401.
 */
public class ClientRegistryRestClientRaisesMessageOnClientError {

  /** A customer the registry refused. */
  public static class ClientRegistrationException extends RuntimeException {
    public ClientRegistrationException(String message) {
      super(message);
    }
  }

  private final RestClient restClient;
  private final ObjectMapper mapper = new ObjectMapper();
  private final int companyId;

  public ClientRegistryRestClientRaisesMessageOnClientError(String accessToken, int companyId) {
    this.restClient = RestClient.builder()
        .baseUrl("https://api-v2.fattureincloud.it")
        .defaultHeader("Authorization", "Bearer " + accessToken)
        .build();
    this.companyId = companyId;
  }

  public JsonNode registerClient(String name, String vatNumber, String taxCode) {
    Map<String, Object> payload = Map.of(
        "data", Map.of("name", name, "vat_number", vatNumber, "tax_code", taxCode, "type", "company"));
    return restClient.post()
        .uri("/c/{companyId}/entities/clients", companyId)
        .contentType(MediaType.APPLICATION_JSON)
        .body(payload)
        .retrieve()
        .onStatus(HttpStatusCode::is4xxClientError, (request, response) -> {
          JsonNode body = mapper.readTree(response.getBody());
          // BUG: Diagnostic contains: ValidationResultDropped
          // BUG: Diagnostic contains: UnauthorizedErrorPartiallyRead
          String message = body.path("error").path("message").asText();
          throw new ClientRegistrationException(message);
        })
        .body(JsonNode.class);
  }
}
