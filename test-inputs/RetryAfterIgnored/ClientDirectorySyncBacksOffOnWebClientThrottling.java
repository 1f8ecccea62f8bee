package inputs.retryafterignored;

import java.time.Duration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/** Pulls the client directory of a company into the CRM, page by page. */
public class ClientDirectorySyncBacksOffOnWebClientThrottling {

  // Only throttling and unavailability are retried, but with a back-off of its own: the Retry-After time that
  // Fatture in Cloud sends with 429 and 503 is never read.
  private static final Retry THROTTLING = Retry.backoff(5, Duration.ofSeconds(2))
      .maxBackoff(Duration.ofSeconds(30))
      .filter(ex -> ex instanceof WebClientResponseException.TooManyRequests
          || ex instanceof WebClientResponseException.ServiceUnavailable)
      .onRetryExhaustedThrow((spec, signal) -> signal.failure());

  private final WebClient webClient;

  public ClientDirectorySyncBacksOffOnWebClientThrottling(WebClient webClient) {
    this.webClient = webClient;
  }

  public Mono<String> clientsPage(int companyId, int page) {
    return webClient.get()
        .uri(uri -> uri.path("/c/{companyId}/entities/clients")
            .queryParam("page", page)
            .queryParam("per_page", 100)
            .build(companyId))
        .accept(MediaType.APPLICATION_JSON)
        .retrieve()
        .bodyToMono(String.class)
        // BUG: Diagnostic contains: RetryAfterIgnored
        .retryWhen(THROTTLING);
  }
}
