package inputs.retryafterignored;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.HttpStatusCodeException;

/** The retry used to push clients to Fatture in Cloud: rate limits and server errors only, as long as Retry-After says. */
@Configuration
public class ClientSyncConfigHonoursRetryAfterWithResilience4j {

  private static final long FALLBACK_DELAY_MS = 1_000L;

  @Bean
  public Retry clientSyncRetry() {
    RetryConfig config = RetryConfig.custom()
        .maxAttempts(4)
        .retryOnException(e -> e instanceof HttpStatusCodeException http
            && (http.getStatusCode().value() == 429 || http.getStatusCode().is5xxServerError()))
        .intervalBiFunction((attempt, outcome) -> {
          if (outcome.isLeft() && outcome.getLeft() instanceof HttpStatusCodeException http
              && http.getResponseHeaders() != null) {
            String retryAfter = http.getResponseHeaders().getFirst("Retry-After");
            if (retryAfter != null) {
              // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
              return Duration.ofSeconds(Long.parseLong(retryAfter.trim())).toMillis();
            }
          }
          return FALLBACK_DELAY_MS * attempt;
        })
        .build();
    return Retry.of("client-sync", config);
  }
}
