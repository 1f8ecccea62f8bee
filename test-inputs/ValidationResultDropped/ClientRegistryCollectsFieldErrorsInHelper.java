package inputs.validationresultdropped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Registers customers on Fatture in Cloud with Spring's RestClient. The handler keeps error.message itself, which
 * looks like the details are dropped, but the helper it hands the exception to collects every field error of
 * error.validation_result.
 */
public class ClientRegistryCollectsFieldErrorsInHelper {

  /** The customer was refused, with the message and the field errors. */
  public static class ClientRejectedException extends RuntimeException {
    public ClientRejectedException(String message, List<String> fieldErrors) {
      super(message + " " + fieldErrors);
    }
  }

  private final RestClient restClient;
  private final ObjectMapper mapper = new ObjectMapper();

  public ClientRegistryCollectsFieldErrorsInHelper(RestClient restClient) {
    this.restClient = restClient;
  }

  public JsonNode register(int companyId, String name, String vatNumber) throws JsonProcessingException {
    try {
      return restClient.post()
          .uri("/c/{companyId}/entities/clients", companyId)
          .contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("data", Map.of("name", name, "vat_number", vatNumber)))
          .retrieve()
          .body(JsonNode.class);
    } catch (HttpClientErrorException.UnprocessableEntity e) {
      String message = mapper.readTree(e.getResponseBodyAsString()).path("error").path("message").asText();
      throw new ClientRejectedException(message, fieldErrors(e));
    }
  }

  private List<String> fieldErrors(HttpClientErrorException.UnprocessableEntity e) throws JsonProcessingException {
    JsonNode result = mapper.readTree(e.getResponseBodyAsString()).path("error").path("validation_result");
    List<String> errors = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : result.properties()) {
      errors.add(field.getKey() + ": " + field.getValue().toString());
    }
    return errors;
  }
}
