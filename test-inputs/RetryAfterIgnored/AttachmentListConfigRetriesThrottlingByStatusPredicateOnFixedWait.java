package inputs.retryafterignored;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.HttpStatusCodeException;

/**
 * The retry of attachment listings: the statuses of a set handed to a predicate factory of the
 * client (429 among them), after a fixed wait of its own.
 */
@Configuration
public class AttachmentListConfigRetriesThrottlingByStatusPredicateOnFixedWait {

  private static final Set<Integer> RETRIED_STATUSES = Set.of(429, 502, 504);

  @Bean
  public Retry attachmentListRetry() {
    RetryConfig config = RetryConfig.custom()
        .maxAttempts(3)
        .retryOnException(ListFailures.retryOnStatusCodes(RETRIED_STATUSES))
        .waitDuration(Duration.ofSeconds(2))
        // BUG: Diagnostic contains: RetryAfterIgnored
        // BUG: Diagnostic contains: RetryWithoutBackoff
        .build();
    return Retry.of("attachment-list", config);
  }
}

/** Predicates over the listing client's failures. */
final class ListFailures {
  private ListFailures() {}

  static Predicate<Throwable> retryOnStatusCodes(Set<Integer> statuses) {
    return failure -> failure instanceof HttpStatusCodeException http
        && statuses.contains(http.getStatusCode().value());
  }
}
