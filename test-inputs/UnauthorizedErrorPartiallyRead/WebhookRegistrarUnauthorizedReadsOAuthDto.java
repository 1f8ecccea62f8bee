package inputs.unauthorizederrorpartiallyread;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Subscribes the app to document events right after a user connects their Fatture in Cloud account. A refused
 * subscription (401) is explained through an OAuth error DTO: a 401 in the API format has no error_description,
 * so getErrorDescription() is null and error.message is never read.
 */
public class WebhookRegistrarUnauthorizedReadsOAuthDto {

  /** The OAuth 2.0 error format (RFC 6749 section 5.2). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static class OAuthErrorBody {
    @JsonProperty("error")
    private String error;

    @JsonProperty("error_description")
    private String errorDescription;

    public String getError() {
      return error;
    }

    public String getErrorDescription() {
      return errorDescription;
    }
  }

  /** The user has to reconnect the account before webhooks can be set up. */
  public static class WebhookSetupException extends RuntimeException {
    public WebhookSetupException(String message) {
      super(message);
    }
  }

  private final RestClient restClient;

  public WebhookRegistrarUnauthorizedReadsOAuthDto(RestClient restClient) {
    this.restClient = restClient;
  }

  public Map<?, ?> subscribe(int companyId, String sinkUrl) {
    Map<String, Object> subscription = Map.of(
        "sink", sinkUrl,
        "verified", true,
        "types", List.of("it.fattureincloud.webhooks.issued_documents.create"));
    try {
      return restClient.post()
          .uri("/c/{companyId}/subscriptions", companyId)
          .contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("data", subscription))
          .retrieve()
          .body(Map.class);
    } catch (HttpClientErrorException.Unauthorized e) {
      OAuthErrorBody error = e.getResponseBodyAs(OAuthErrorBody.class);
      // BUG: Diagnostic contains: UnauthorizedErrorPartiallyRead
      String description = error.getErrorDescription();
      throw new WebhookSetupException("could not subscribe to document events: " + description);
    }
  }
}
