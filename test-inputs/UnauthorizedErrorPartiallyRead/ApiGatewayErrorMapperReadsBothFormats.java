package inputs.unauthorizederrorpartiallyread;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.fattureincloud.sdk.ApiException;

/**
 * Maps a failed Fatture in Cloud SDK call to the API gateway's error response. The handler takes the exception as
 * a parameter, so any status may arrive; it reads both 401 formats (OAuth error / error_description and API
 * error.message / error.code) and the validation details of a 422.
 */
public class ApiGatewayErrorMapperReadsBothFormats {

  /** What the gateway sends back to its own client. */
  public record GatewayError(int status, String code, String message, String fieldErrors) {}

  private final ObjectMapper mapper = new ObjectMapper();

  public GatewayError map(ApiException e) throws JsonProcessingException {
    int status = e.getCode() == 0 ? 502 : e.getCode();
    String raw = e.getResponseBody();
    if (raw == null || raw.isBlank()) {
      return new GatewayError(status, "UPSTREAM_ERROR", "no response body", null);
    }
    JsonNode body = mapper.readTree(raw);
    JsonNode error = body.path("error");
    String code = error.path("code").asText("");
    String message = error.path("message").asText("");
    String description = body.path("error_description").asText("");
    if (!description.isEmpty()) {
      // OAuth format: error is the short code, error_description the explanation.
      code = error.asText("invalid_token");
      message = description;
    }
    JsonNode validation = error.path("validation_result");
    String fieldErrors = validation.isMissingNode() ? null : validation.toString();
    return new GatewayError(status, code.isEmpty() ? "UPSTREAM_" + status : code, message, fieldErrors);
  }
}
