package inputs.retryafterignored;

import java.net.ConnectException;
import java.nio.ByteBuffer;

/**
 * Ships log batches to the collector through the shipper's own HTTP client, re-sending a batch on
 * 503 and 429 after an exponential back-off that a helper called in the loop condition sleeps.
 */
public class LogShipperResendsBatchOnThrottleAfterOwnBackoff {

  /** The collector's answer, as the shipper's HTTP client gives it. */
  public static final class PushResponse {
    public final int status;
    public final String body;

    public PushResponse(int status, String body) {
      this.status = status;
      this.body = body;
    }
  }

  /** The shipper's own HTTP client (one implementation per JDK client). */
  public interface PushClient {
    PushResponse send(ByteBuffer batch) throws Exception;
  }

  /** Statuses the shipper knows. */
  static final class Statuses {
    static final int TOO_MANY_REQUESTS = 429;
    static final int SERVICE_UNAVAILABLE = 503;

    private Statuses() {}
  }

  private final PushClient client;
  private final int maxRetries;
  private final boolean dropThrottledBatches;
  private long backoffMs = 500;

  public LogShipperResendsBatchOnThrottleAfterOwnBackoff(
      PushClient client, int maxRetries, boolean dropThrottledBatches) {
    this.client = client;
    this.maxRetries = maxRetries;
    this.dropThrottledBatches = dropThrottledBatches;
  }

  public PushResponse ship(ByteBuffer batch) {
    PushResponse r = null;
    Exception e = null;
    int retry = 0;
    do {
      batch.rewind();
      try {
        r = client.send(batch);
        if (r.status >= 200 && r.status < 300) {
          return r;
        }
      } catch (Exception failure) {
        e = failure;
      }
      // BUG: Diagnostic contains: RetryAfterIgnored
    } while (++retry <= maxRetries && eligibleForRetry(e, r) && backoffSleep(retry));
    return null;
  }

  private boolean eligibleForRetry(Exception e, PushResponse r) {
    return e instanceof ConnectException || (r != null && statusEligibleForRetry(r.status));
  }

  private boolean statusEligibleForRetry(int status) {
    return status == Statuses.SERVICE_UNAVAILABLE
        || (status == Statuses.TOO_MANY_REQUESTS && !dropThrottledBatches);
  }

  private boolean backoffSleep(int retry) {
    if (retry == 1) {
      backoffMs = 500;
    }
    long timeoutMs = backoffMs;
    backoffMs = Math.min(backoffMs * 2, 60_000);
    try {
      Thread.sleep(timeoutMs);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    return true;
  }
}
