package inputs.retryafterignored;

import java.time.Duration;
import java.util.function.Predicate;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import reactor.retry.RetryContext;
import reactor.util.retry.Retry;

/**
 * Posts messages to the chat gateway, re-subscribing on server errors (503 included) after an
 * exponential back-off with jitter; the retried statuses are given to a predicate factory of the
 * gateway's error type.
 */
public class ChatGatewayRetriesServerErrorsByStatusCodePredicate {

  private final WebClient webClient;

  public ChatGatewayRetriesServerErrorsByStatusCodePredicate(WebClient webClient) {
    this.webClient = webClient;
  }

  private Retry serverErrorRetry() {
    return Retry.withThrowable(
        reactor.retry.Retry.onlyIf(GatewayError.isRetryContextStatusCode(500, 502, 503, 504))
            .exponentialBackoffWithJitter(Duration.ofSeconds(2), Duration.ofSeconds(30))
            .retryMax(5));
  }

  public Mono<String> post(String channelId, String content) {
    return webClient.post()
        .uri("/channels/{id}/messages", channelId)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"content\":\"" + content + "\"}")
        .retrieve()
        .bodyToMono(String.class)
        // BUG: Diagnostic contains: RetryAfterIgnored
        .retryWhen(serverErrorRetry());
  }
}

/** The gateway's error, with predicates over the failures of a retry context. */
final class GatewayError {
  private GatewayError() {}

  static <T> Predicate<RetryContext<T>> isRetryContextStatusCode(int... codes) {
    return context -> {
      if (!(context.exception() instanceof WebClientResponseException failure)) {
        return false;
      }
      for (int code : codes) {
        if (failure.getStatusCode().value() == code) {
          return true;
        }
      }
      return false;
    };
  }
}
