package inputs.unauthorizederrorpartiallyread;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Sends issued documents by e-mail through Fatture in Cloud with Spring's WebClient. A client error
 * becomes a {@link DocumentMailException} from error.message; a 401 in the OAuth format (expired
 * token: error, error_description) yields an empty message, and the field errors of a 422 are lost.
 */
public class DocumentMailerWebClientReadsOnlyApiMessage {

  /** An e-mail Fatture in Cloud did not send. */
  public static class DocumentMailException extends RuntimeException {
    public DocumentMailException(String message) {
      super(message);
    }
  }

  private final WebClient webClient;
  private final int companyId;

  public DocumentMailerWebClientReadsOnlyApiMessage(String accessToken, int companyId) {
    this.webClient = WebClient.builder()
        .baseUrl("https://api-v2.fattureincloud.it")
        .defaultHeader("Authorization", "Bearer " + accessToken)
        .build();
    this.companyId = companyId;
  }

  public Mono<Void> schedule(int documentId, String recipient) {
    Map<String, Object> email = Map.of(
        "data", Map.of("recipient_email", recipient, "include", Map.of("document", true)));
    return webClient.post()
        .uri("/c/{companyId}/issued_documents/{documentId}/email", companyId, documentId)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(email)
        .retrieve()
        .onStatus(HttpStatusCode::is4xxClientError, response -> response.bodyToMono(JsonNode.class)
            // BUG: Diagnostic contains: UnauthorizedErrorPartiallyRead
            // BUG: Diagnostic contains: ValidationResultDropped
            .flatMap(body -> Mono.error(new DocumentMailException(body.path("error").path("message").asText()))))
        .bodyToMono(Void.class);
  }
}
