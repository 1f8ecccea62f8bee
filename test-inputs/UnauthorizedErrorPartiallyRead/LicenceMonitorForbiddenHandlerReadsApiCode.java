package inputs.unauthorizederrorpartiallyread;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.web.client.RestClient;

/**
 * Watches the Fatture in Cloud licence of each connected company for the billing dashboard. Only 403 is handled
 * here, and a 403 always follows the API format, so reading error.code and error.message is complete; a 401 is not
 * this handler's business and surfaces as RestClient's default exception.
 */
public class LicenceMonitorForbiddenHandlerReadsApiCode {

  /** The company's licence no longer allows API access. */
  public static class LicenceProblemException extends RuntimeException {
    private final String code;

    public LicenceProblemException(String code, String message) {
      super(code + ": " + message);
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  private final RestClient restClient;
  private final ObjectMapper mapper = new ObjectMapper();

  public LicenceMonitorForbiddenHandlerReadsApiCode(RestClient restClient) {
    this.restClient = restClient;
  }

  public JsonNode companyInfo(int companyId) {
    return restClient.get()
        .uri("/c/{companyId}/company/info", companyId)
        .retrieve()
        .onStatus(status -> status.value() == 403, (request, response) -> {
          JsonNode error = mapper.readTree(response.getBody()).path("error");
          String code = error.path("code").asText("FORBIDDEN");
          throw new LicenceProblemException(code, error.path("message").asText());
        })
        .body(JsonNode.class);
  }
}
