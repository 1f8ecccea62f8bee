package inputs.retryafterignored;

import java.net.ConnectException;
import java.nio.ByteBuffer;
import java.util.Map;

/**
 * Ships metric batches through the shipper's own HTTP client, re-sending a batch on 503 and 429
 * after the delay the collector asks for in Retry-After (slept by a helper the loop condition
 * calls).
 */
public class MetricsShipperResendsBatchOnThrottleAfterRetryAfter {

  /** The collector's answer, as the shipper's HTTP client gives it. */
  public static final class CollectorResponse {
    public final int status;
    public final Map<String, String> headers;

    public CollectorResponse(int status, Map<String, String> headers) {
      this.status = status;
      this.headers = headers;
    }
  }

  /** The shipper's own HTTP client. */
  public interface CollectorClient {
    CollectorResponse send(ByteBuffer batch) throws Exception;
  }

  private final CollectorClient client;
  private final int maxRetries;

  public MetricsShipperResendsBatchOnThrottleAfterRetryAfter(CollectorClient client, int maxRetries) {
    this.client = client;
    this.maxRetries = maxRetries;
  }

  public CollectorResponse ship(ByteBuffer batch) {
    CollectorResponse r = null;
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
    } while (++retry <= maxRetries && eligibleForRetry(e, r) && waitAsAsked(retry, r));
    return null;
  }

  private boolean eligibleForRetry(Exception e, CollectorResponse r) {
    return e instanceof ConnectException || (r != null && (r.status == 503 || r.status == 429));
  }

  private boolean waitAsAsked(int retry, CollectorResponse r) {
    String retryAfter = r == null ? null : r.headers.get("Retry-After");
    // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
    long delayMs = retryAfter != null ? Long.parseLong(retryAfter.trim()) * 1000L : 1000L * retry;
    try {
      Thread.sleep(delayMs);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return false;
    }
    return true;
  }
}
