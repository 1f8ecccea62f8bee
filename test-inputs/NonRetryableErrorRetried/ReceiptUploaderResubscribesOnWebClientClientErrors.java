package inputs.nonretryableerrorretried;

import java.time.Duration;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/** Registers shop receipts with Fatture in Cloud at the end of the day. */
public class ReceiptUploaderResubscribesOnWebClientClientErrors {

  private final WebClient webClient;

  public ReceiptUploaderResubscribesOnWebClientClientErrors(WebClient webClient) {
    this.webClient = webClient;
  }

  public Mono<ResponseEntity<String>> register(int companyId, Map<String, Object> receipt) {
    return webClient.post()
        .uri("/c/{companyId}/receipts", companyId)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("data", receipt))
        .retrieve()
        .toEntity(String.class)
        // The filter accepts every 4xx: a 422 for an invalid receipt is sent again after a fixed pause, as is a 429.
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        // BUG: Diagnostic contains: RetryAfterIgnored
        // BUG: Diagnostic contains: RetryWithoutBackoff
        .retryWhen(Retry.fixedDelay(4, Duration.ofSeconds(3))
            .filter(ex -> ex instanceof WebClientRequestException
                || (ex instanceof WebClientResponseException response && response.getStatusCode().is4xxClientError())));
  }

  public Mono<Void> delete(int companyId, int receiptId) {
    return webClient.delete()
        .uri("/c/{companyId}/receipts/{receiptId}", companyId, receiptId)
        .retrieve()
        .toBodilessEntity()
        // Resubscribes at once on any error, 404 and 429 included.
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        // BUG: Diagnostic contains: RetryAfterIgnored
        // BUG: Diagnostic contains: RetryWithoutBackoff
        .retry(2)
        .then();
  }
}
