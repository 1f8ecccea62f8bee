package inputs.retryafterignored;

import java.time.Duration;
import java.util.function.Predicate;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Predicate factories that tell nothing about statuses: one is named after no status although it
 * is given 429 and 503 (they may be attempt counts or error numbers of the gateway), the other is
 * named after status codes but given an attempt budget.
 */
public class ChatGatewayRetryPredicatesThatNameNoStatuses {

  private final WebClient webClient;

  public ChatGatewayRetryPredicatesThatNameNoStatuses(WebClient webClient) {
    this.webClient = webClient;
  }

  public Mono<String> members(String guildId) {
    return webClient.get()
        .uri("/guilds/{id}/members", guildId)
        .retrieve()
        .bodyToMono(String.class)
        .retryWhen(Retry.backoff(4, Duration.ofSeconds(1))
            .filter(GatewayRules.matching(429, 503)));
  }

  public Mono<String> roles(String guildId) {
    return webClient.get()
        .uri("/guilds/{id}/roles", guildId)
        .retrieve()
        .bodyToMono(String.class)
        .retryWhen(Retry.backoff(4, Duration.ofSeconds(1))
            .filter(GatewayRules.retryableStatusCodeWithin(3)));
  }
}

/** Rules of the gateway client, out of sight of the callers. */
final class GatewayRules {
  private GatewayRules() {}

  static Predicate<Throwable> matching(int... errorNumbers) {
    return failure -> false;
  }

  static Predicate<Throwable> retryableStatusCodeWithin(int attempts) {
    return failure -> true;
  }
}
