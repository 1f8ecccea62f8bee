package inputs.retryafterignored;

import java.util.Map;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestClient;

/**
 * Uploads the signed e-invoice archive to the preservation service. Which status errors are retried is decided by a
 * bean named in the exception expression (it accepts only a 503 whose Retry-After is short): the types alone do not
 * say that a permanent error or a throttled request is retried.
 */
public class ArchiveUploaderRetriesByExceptionExpression {

  private final RestClient preservation;

  public ArchiveUploaderRetriesByExceptionExpression(RestClient preservation) {
    this.preservation = preservation;
  }

  @Retryable(
      retryFor = HttpStatusCodeException.class,
      exceptionExpression = "@preservationRetryRules.isShortUnavailability(#root)",
      maxAttempts = 3,
      backoff = @Backoff(delayExpression = "@preservationRetryRules.retryAfterMillis()"))
  public void upload(String archiveId, byte[] zip) {
    preservation.post()
        .uri("/archives/{archiveId}", archiveId)
        .body(Map.of("content", java.util.Base64.getEncoder().encodeToString(zip)))
        .retrieve()
        .toBodilessEntity();
  }
}
