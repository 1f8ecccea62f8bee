package inputs.unauthorizederrorpartiallyread;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Reads payment accounts of Fatture in Cloud with WebClient. Only a 404 (account deleted) gets a
 * handler of its own, which reads error.message, all a 404 carries; a 401 or a 422 goes to
 * WebClient's default handling, whose exception keeps the whole body.
 */
public class PaymentAccountWebClientHandlesOnlyMissingAccount {

  /** The payment account no longer exists. */
  public static class PaymentAccountMissingException extends RuntimeException {
    public PaymentAccountMissingException(String message) {
      super(message);
    }
  }

  private final WebClient webClient;
  private final int companyId;

  public PaymentAccountWebClientHandlesOnlyMissingAccount(WebClient webClient, int companyId) {
    this.webClient = webClient;
    this.companyId = companyId;
  }

  public Mono<JsonNode> paymentAccount(int accountId) {
    return webClient.get()
        .uri("/c/{companyId}/settings/payment_accounts/{id}", companyId, accountId)
        .retrieve()
        .onStatus(status -> status.value() == 404, response -> response.bodyToMono(JsonNode.class)
            .map(body -> new PaymentAccountMissingException(body.path("error").path("message").asText())))
        .bodyToMono(JsonNode.class)
        .map(body -> body.path("data"));
  }
}
