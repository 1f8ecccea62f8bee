package inputs.validationresultdropped;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Validates e-invoices with InvoiceXML through WebClient's exchangeToMono. An error problem becomes
 * an {@link EInvoiceInvalidException} with its detail only: the findings in errors[] are lost.
 */
public class EInvoiceValidatorWebClientExchangeKeepsOnlyDetail {

  /** An e-invoice InvoiceXML found invalid. */
  public static class EInvoiceInvalidException extends RuntimeException {
    public EInvoiceInvalidException(String message) {
      super(message);
    }
  }

  private final WebClient webClient;

  public EInvoiceValidatorWebClientExchangeKeepsOnlyDetail(String apiKey) {
    this.webClient = WebClient.builder()
        .baseUrl("https://api.invoicexml.com")
        .defaultHeader("X-Api-Key", apiKey)
        .build();
  }

  public Mono<JsonNode> validate(byte[] xml) {
    return webClient.post()
        .uri("/v1/validate")
        .contentType(MediaType.APPLICATION_XML)
        .bodyValue(xml)
        .exchangeToMono(response -> {
          if (response.statusCode().is2xxSuccessful()) {
            return response.bodyToMono(JsonNode.class);
          }
          return response.bodyToMono(JsonNode.class)
              // BUG: Diagnostic contains: ValidationResultDropped
              .flatMap(problem -> Mono.error(new EInvoiceInvalidException(problem.path("detail").asText())));
        });
  }
}
