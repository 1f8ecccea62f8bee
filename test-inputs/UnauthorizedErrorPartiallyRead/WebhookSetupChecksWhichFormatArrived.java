package inputs.unauthorized;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestTemplate;

/** Registers the webhook subscription after a user connects the app. */
public class WebhookSetupChecksWhichFormatArrived {
  private final RestTemplate rest;
  private final ObjectMapper mapper = new ObjectMapper();

  public WebhookSetupChecksWhichFormatArrived(RestTemplate rest) {
    this.rest = rest;
  }

  public String subscribe(int companyId, String subscriptionJson) throws Exception {
    try {
      return rest.postForObject("https://api-v2.fattureincloud.it/c/{companyId}/subscriptions", subscriptionJson,
          String.class, companyId);
    } catch (HttpClientErrorException.Unauthorized e) {
      JsonNode body = mapper.readTree(e.getResponseBodyAsString());
      String reason = body.has("error_description")
          ? body.path("error_description").asText()
          : body.path("error").path("message").asText();
      throw new IllegalStateException("the app is not authorised for this company: " + reason);
    }
  }
}
