package inputs.retryafterignored;

import java.time.Duration;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/** Sends issued invoices to the SDI through Fatture in Cloud. */
public class EInvoiceSenderWaitsWebClientRetryAfter {

  private static final long MAX_RETRIES = 4;
  private static final Duration FALLBACK_DELAY = Duration.ofSeconds(5);

  private final WebClient webClient;

  public EInvoiceSenderWaitsWebClientRetryAfter(WebClient webClient) {
    this.webClient = webClient;
  }

  public Mono<String> send(int companyId, int documentId) {
    return webClient.post()
        .uri("/c/{companyId}/issued_documents/{documentId}/e_invoice/send", companyId, documentId)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("data", Map.of()))
        .retrieve()
        .bodyToMono(String.class)
        .retryWhen(Retry.from(signals -> signals.concatMap(signal -> {
          Throwable failure = signal.failure();
          if (signal.totalRetries() >= MAX_RETRIES || !isTransient(failure)) {
            return Mono.error(failure);
          }
          return Mono.delay(retryAfter(failure));
        })));
  }

  private static boolean isTransient(Throwable failure) {
    return failure instanceof WebClientResponseException response
        && (response.getStatusCode().value() == 429 || response.getStatusCode().is5xxServerError());
  }

  private static Duration retryAfter(Throwable failure) {
    if (failure instanceof WebClientResponseException response) {
      String value = response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER);
      if (value != null && value.trim().matches("\\d+")) {
        // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
        return Duration.ofSeconds(Long.parseLong(value.trim()));
      }
    }
    return FALLBACK_DELAY;
  }
}
