package inputs.unauthorizederrorpartiallyread;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Reads products of the warehouse catalogue with WebClient's exchangeToMono. A 404 (product removed)
 * is turned into a {@link ProductMissingException} from error.message, which a 404 always has; any
 * other error is left to WebClient's own exception, which keeps the whole body.
 */
public class StockMovementWebClientReadsMessageOfMissingProduct {

  /** The product is no longer in the catalogue. */
  public static class ProductMissingException extends RuntimeException {
    public ProductMissingException(String message) {
      super(message);
    }
  }

  private final WebClient webClient;
  private final int companyId;

  public StockMovementWebClientReadsMessageOfMissingProduct(WebClient webClient, int companyId) {
    this.webClient = webClient;
    this.companyId = companyId;
  }

  public Mono<JsonNode> product(int productId) {
    return webClient.get()
        .uri("/c/{companyId}/products/{productId}", companyId, productId)
        .exchangeToMono(response -> {
          if (response.statusCode().is2xxSuccessful()) {
            return response.bodyToMono(JsonNode.class).map(body -> body.path("data"));
          }
          if (response.statusCode().value() == 404) {
            return response.bodyToMono(JsonNode.class)
                .flatMap(body -> Mono.error(new ProductMissingException(body.path("error").path("message").asText())));
          }
          return response.createException().flatMap(Mono::error);
        });
  }
}
