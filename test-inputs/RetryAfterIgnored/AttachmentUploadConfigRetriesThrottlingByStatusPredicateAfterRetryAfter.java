package inputs.retryafterignored;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.function.Predicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.HttpStatusCodeException;

/**
 * The retry of attachment uploads: 429 and 503 (given to a predicate factory of the upload
 * client), after the delay the server asks for in Retry-After.
 */
@Configuration
public class AttachmentUploadConfigRetriesThrottlingByStatusPredicateAfterRetryAfter {

  @Bean
  public Retry attachmentUploadRetry() {
    RetryConfig config = RetryConfig.custom()
        .maxAttempts(4)
        .retryOnException(UploadFailures.statusIn(429, 503))
        .intervalBiFunction((attempt, outcome) -> {
          if (outcome.isLeft() && outcome.getLeft() instanceof HttpStatusCodeException http
              && http.getResponseHeaders() != null) {
            String retryAfter = http.getResponseHeaders().getFirst("Retry-After");
            if (retryAfter != null) {
              // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
              return Duration.ofSeconds(Long.parseLong(retryAfter.trim())).toMillis();
            }
          }
          return 1_000L * attempt;
        })
        .build();
    return Retry.of("attachment-upload", config);
  }
}

/** Predicates over the upload client's failures. */
final class UploadFailures {
  private UploadFailures() {}

  static Predicate<Throwable> statusIn(int... statuses) {
    return failure -> failure instanceof HttpStatusCodeException http
        && java.util.Arrays.stream(statuses).anyMatch(s -> s == http.getStatusCode().value());
  }
}
