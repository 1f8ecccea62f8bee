package inputs.nonretryableerrorretried;

import java.time.Duration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/** Looks suppliers up by VAT number while purchase invoices are imported. */
public class SupplierLookupRetriesWebClientServerErrorsOnly {

  private final WebClient webClient;

  public SupplierLookupRetriesWebClientServerErrorsOnly(WebClient webClient) {
    this.webClient = webClient;
  }

  public Mono<String> supplierByVat(int companyId, String vatNumber) {
    // Connection failures and 5xx answers other than 503 are retried with a back-off; 503 comes with a Retry-After
    // time and is left to the caller, like every 4xx.
    Retry transientFailures = Retry.backoff(3, Duration.ofMillis(500))
        .maxBackoff(Duration.ofSeconds(5))
        .filter(ex -> ex instanceof WebClientRequestException
            || (ex instanceof WebClientResponseException response
                && response.getStatusCode().is5xxServerError()
                && response.getStatusCode().value() != 503));
    return webClient.get()
        .uri(uri -> uri.path("/c/{companyId}/entities/suppliers")
            .queryParam("q", "vat_number = '" + vatNumber + "'")
            .build(companyId))
        .accept(MediaType.APPLICATION_JSON)
        .retrieve()
        .bodyToMono(String.class)
        .retryWhen(transientFailures);
  }
}
