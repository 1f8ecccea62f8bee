package inputs.unauthorizederrorpartiallyread;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Registers till receipts of the shop's point of sale with Spring's RestClient. Every 4xx becomes a
 * {@link ReceiptRejectedException} built from the API error format (error.message and error.validation_result);
 * a 401 in the OAuth format (expired token: error, error_description) yields an empty message.
 */
public class ReceiptRegistrarClientErrorHandlerReadsApiFormat {

  /** A receipt Fatture in Cloud did not accept. */
  public static class ReceiptRejectedException extends RuntimeException {
    private final transient JsonNode fieldErrors;

    public ReceiptRejectedException(String message, JsonNode fieldErrors) {
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

  public ReceiptRegistrarClientErrorHandlerReadsApiFormat(String accessToken, int companyId) {
    this.restClient = RestClient.builder()
        .baseUrl("https://api-v2.fattureincloud.it")
        .defaultHeader("Authorization", "Bearer " + accessToken)
        .build();
    this.companyId = companyId;
  }

  public JsonNode register(String date, double amountNet, double amountVat, int paymentAccountId) {
    Map<String, Object> receipt = Map.of(
        "type", "sales_receipt",
        "date", date,
        "amount_net", amountNet,
        "amount_vat", amountVat,
        "payment_account", Map.of("id", paymentAccountId));
    return restClient.post()
        .uri("/c/{companyId}/receipts", companyId)
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("data", receipt))
        .retrieve()
        .onStatus(HttpStatusCode::is4xxClientError, (request, response) -> {
          JsonNode body = mapper.readTree(response.getBody());
          JsonNode fieldErrors = body.at("/error/validation_result");
          // BUG: Diagnostic contains: UnauthorizedErrorPartiallyRead
          String message = body.at("/error/message").asText();
          throw new ReceiptRejectedException(message, fieldErrors);
        })
        .body(JsonNode.class);
  }
}
