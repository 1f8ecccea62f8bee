package inputs.nonretryableerrorretried;

import java.net.URI;
import java.util.Optional;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestTemplate;

/**
 * {@code @Retryable} retries every exception the method lets out. What the method catches itself never reaches the
 * retry: a fallback for every HTTP error status leaves only connection failures to retry.
 */
public class VatRateRetryableCatchesHttpErrorsBeforeTheRetry {
  private final RestTemplate rest = new RestTemplate();

  /** Every HTTP error status gives no rate: only connection failures are retried. */
  @Retryable(maxAttempts = 3, backoff = @Backoff(delay = 200, multiplier = 2))
  public Optional<String> rate(URI uri) {
    try {
      return Optional.ofNullable(rest.getForObject(uri, String.class));
    } catch (HttpStatusCodeException e) {
      return Optional.empty();
    }
  }

  /** Only a 404 gives no rate: a 400, 401, 403 or 422 still reaches the retry. */
  // BUG: Diagnostic contains: NonRetryableErrorRetried
  // BUG: Diagnostic contains: RetryAfterIgnored
  @Retryable(maxAttempts = 3, backoff = @Backoff(delay = 200, multiplier = 2))
  public Optional<String> rateOrMissing(URI uri) {
    try {
      return Optional.ofNullable(rest.getForObject(uri, String.class));
    } catch (HttpClientErrorException.NotFound e) {
      return Optional.empty();
    }
  }

  /** Every HTTP error is wrapped and thrown on: the retry sees all of them. */
  // BUG: Diagnostic contains: NonRetryableErrorRetried
  // BUG: Diagnostic contains: RetryAfterIgnored
  @Retryable(maxAttempts = 3, backoff = @Backoff(delay = 200, multiplier = 2))
  public String rateOrFail(URI uri) {
    try {
      return rest.getForObject(uri, String.class);
    } catch (HttpStatusCodeException e) {
      throw new IllegalStateException("rate lookup failed: " + e.getStatusCode(), e);
    }
  }
}
