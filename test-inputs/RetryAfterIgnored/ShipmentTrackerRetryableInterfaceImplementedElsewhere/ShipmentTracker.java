package inputs.retryafterignored.retryableinterface;

import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;

/**
 * Tracks parcels at the carrier. The retry is declared on the interface so that every tracker is
 * retried alike: every failure is sent again after two seconds, whatever the Retry-After of a 429
 * or 503 asks for, and a 404 for an unknown tracking number is asked again four times.
 */
public interface ShipmentTracker {

  // BUG: Diagnostic contains: RetryAfterIgnored
  // BUG: Diagnostic contains: NonRetryableErrorRetried
  // BUG: Diagnostic contains: RetryWithoutBackoff
  @Retryable(maxAttempts = 4, backoff = @Backoff(delay = 2000))
  TrackingStatus status(String trackingNumber);
}
