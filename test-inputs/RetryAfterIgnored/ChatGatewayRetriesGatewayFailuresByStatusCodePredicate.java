package inputs.retryafterignored;

import java.time.Duration;
import java.util.function.Predicate;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import reactor.retry.RetryContext;
import reactor.util.retry.Retry;

/**
 * Reads channel history from the chat gateway, re-subscribing after an own back-off only on
 * failures of the gateway itself (500, 502, 504): a throttled or unavailable answer, which may
 * carry Retry-After, is not retried.
 */
public class ChatGatewayRetriesGatewayFailuresByStatusCodePredicate {

  private final WebClient webClient;

  public ChatGatewayRetriesGatewayFailuresByStatusCodePredicate(WebClient webClient) {
    this.webClient = webClient;
  }

  public Mono<String> history(String channelId) {
    return webClient.get()
        .uri("/channels/{id}/messages", channelId)
        .retrieve()
        .bodyToMono(String.class)
        .retryWhen(Retry.withThrowable(
            reactor.retry.Retry.onlyIf(HistoryError.hasStatusCode(500, 502, 504))
                .exponentialBackoff(Duration.ofSeconds(1), Duration.ofSeconds(20))
                .retryMax(3)));
  }
}

/** The history endpoint's error predicates. */
final class HistoryError {
  private HistoryError() {}

  static <T> Predicate<RetryContext<T>> hasStatusCode(int... codes) {
    return context -> context.exception() instanceof WebClientResponseException failure
        && java.util.Arrays.stream(codes).anyMatch(code -> code == failure.getStatusCode().value());
  }
}
