package inputs.retryafterignored;

import java.time.Duration;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import reactor.util.retry.RetryBackoffSpec;

/** Synchronises quotes with Fatture in Cloud, re-subscribing on throttling with a back-off made by a factory method. */
public class QuoteSyncBacksOffOnThrottlingWithSpecFactory {

  private final WebClient webClient;

  public QuoteSyncBacksOffOnThrottlingWithSpecFactory(WebClient webClient) {
    this.webClient = webClient;
  }

  public Mono<String> quotes(int companyId) {
    return webClient.get()
        .uri("/c/{companyId}/issued_documents?type=quote", companyId)
        .retrieve()
        .bodyToMono(String.class)
        // BUG: Diagnostic contains: RetryAfterIgnored
        .retryWhen(throttlingRetry());
  }

  private static RetryBackoffSpec throttlingRetry() {
    return Retry.backoff(4, Duration.ofSeconds(1))
        .maxBackoff(Duration.ofSeconds(30))
        .filter(ex -> ex instanceof WebClientResponseException.TooManyRequests);
  }
}
