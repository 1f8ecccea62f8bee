package inputs.nonretryableerrorretried;

import java.time.Duration;
import java.util.Map;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/** Posts payments to the ledger API, re-subscribing on every error answer with a fixed pause. */
public class PaymentLedgerRetriesEveryWebClientErrorWithReactorExtra {

  private final WebClient webClient;

  public PaymentLedgerRetriesEveryWebClientErrorWithReactorExtra(WebClient webClient) {
    this.webClient = webClient;
  }

  public Mono<String> post(Map<String, Object> payment) {
    return webClient.post()
        .uri("/v3/ledger/payments")
        .bodyValue(payment)
        .retrieve()
        .bodyToMono(String.class)
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        // BUG: Diagnostic contains: RetryAfterIgnored
        .retryWhen(ledgerRetry());
  }

  private Retry ledgerRetry() {
    return Retry.withThrowable(reactor.retry.Retry.anyOf(WebClientResponseException.class)
        .fixedBackoff(Duration.ofSeconds(2))
        .retryMax(3));
  }
}
