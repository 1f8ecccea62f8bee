package inputs.unauthorized;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/** Registers till receipts through the Fatture in Cloud REST API with Spring's RestClient. */
public class ReceiptOnStatusHandlerReadsApiMessage {
  /** Raised when the API refuses the credentials. */
  public static class NotAuthorized extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotAuthorized(String message) {
      super(message);
    }
  }

  private final RestClient rest;
  private final ObjectMapper mapper = new ObjectMapper();

  public ReceiptOnStatusHandlerReadsApiMessage(RestClient rest) {
    this.rest = rest;
  }

  public JsonNode register(int companyId, String receiptJson) {
    return rest.post()
        .uri("/c/{companyId}/receipts", companyId)
        .body(receiptJson)
        .retrieve()
        .onStatus(status -> status.value() == 401, (request, response) -> {
          JsonNode error = mapper.readTree(response.getBody());
          // BUG: Diagnostic contains: UnauthorizedErrorPartiallyRead
          throw new NotAuthorized(error.at("/error/message").asText());
        })
        .body(JsonNode.class);
  }

  static boolean isClientError(HttpStatusCode status) {
    return status.is4xxClientError();
  }
}
