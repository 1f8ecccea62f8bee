package inputs.retryafterignored;

import feign.RetryableException;
import feign.Retryer;

/**
 * Retryer of the Feign client that updates warehouse stock in Fatture in Cloud: it reads the Retry-After time from
 * the exception, but waits at most five seconds, so a longer rate-limit window is cut short and the re-send is
 * rejected again.
 */
public class StockFeignRetryerWaitsAtMostFiveSeconds implements Retryer {

  private static final long MAX_WAIT_MILLIS = 5_000L;
  private static final long BACKOFF_MILLIS = 250L;
  private static final int MAX_ATTEMPTS = 3;

  private int attempt = 1;

  @Override
  // BUG: Diagnostic contains: RetryAfterIgnored
  public void continueOrPropagate(RetryableException e) {
    if (attempt++ >= MAX_ATTEMPTS) {
      throw e;
    }
    Long retryAt = e.retryAfter();
    long wait = retryAt == null
        ? BACKOFF_MILLIS * attempt
        : Math.min(retryAt - System.currentTimeMillis(), MAX_WAIT_MILLIS);
    try {
      Thread.sleep(Math.max(0L, wait));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw e;
    }
  }

  @Override
  public Retryer clone() {
    return new StockFeignRetryerWaitsAtMostFiveSeconds();
  }
}
