package inputs.retryafterignored;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Flux;
import reactor.util.retry.Retry;

/**
 * Streams presence updates, re-subscribing on throttling and unavailability (the statuses given to
 * a filter factory of the client's error type) after a back-off of its own.
 */
public class PresenceFeedRetriesThrottlingByStatusPredicateFilter {

  private final WebClient webClient;

  public PresenceFeedRetriesThrottlingByStatusPredicateFilter(WebClient webClient) {
    this.webClient = webClient;
  }

  public Flux<String> presences(String guildId) {
    return webClient.get()
        .uri("/guilds/{id}/presences", guildId)
        .retrieve()
        .bodyToFlux(String.class)
        // BUG: Diagnostic contains: RetryAfterIgnored
        .retryWhen(Retry.backoff(5, Duration.ofMillis(500))
            .filter(PresenceErrors.hasStatus(HttpStatus.TOO_MANY_REQUESTS, HttpStatus.SERVICE_UNAVAILABLE)));
  }
}

/** Predicates over the presence client's failures. */
final class PresenceErrors {
  private PresenceErrors() {}

  static Predicate<Throwable> hasStatus(HttpStatus first, HttpStatus... more) {
    Set<HttpStatus> statuses = EnumSet.of(first, more);
    return failure -> failure instanceof WebClientResponseException response
        && statuses.contains(HttpStatus.resolve(response.getStatusCode().value()));
  }
}
