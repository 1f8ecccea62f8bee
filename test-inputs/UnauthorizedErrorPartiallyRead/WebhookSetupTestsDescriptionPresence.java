package inputs.unauthorizederrorpartiallyread;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Registers the webhook subscription after a user connects the app, with Spring's RestClient. A 401 is explained
 * by testing for error_description, a field only the OAuth format has, and reading error.message otherwise.
 */
public class WebhookSetupTestsDescriptionPresence {

  /** The subscription could not be created with the current authorisation. */
  public static class SubscriptionRefusedException extends RuntimeException {
    public SubscriptionRefusedException(String message) {
      super(message);
    }
  }

  private final RestClient restClient;
  private final ObjectMapper mapper = new ObjectMapper();

  public WebhookSetupTestsDescriptionPresence(RestClient restClient) {
    this.restClient = restClient;
  }

  public JsonNode subscribe(int companyId, String sinkUrl) throws JsonProcessingException {
    Map<String, Object> data = Map.of(
        "sink", sinkUrl,
        "types", List.of("it.fattureincloud.webhooks.entities.clients.create",
            "it.fattureincloud.webhooks.entities.clients.update"));
    try {
      return restClient.post()
          .uri("/c/{companyId}/subscriptions", companyId)
          .contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("data", data))
          .retrieve()
          .body(JsonNode.class);
    } catch (HttpClientErrorException.Unauthorized e) {
      JsonNode body = mapper.readTree(e.getResponseBodyAsString());
      String reason = body.has("error_description")
          ? body.path("error_description").asText()
          : body.path("error").path("message").asText();
      throw new SubscriptionRefusedException("the app is not authorised for company " + companyId + ": " + reason);
    }
  }
}
