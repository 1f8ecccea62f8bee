package inputs.retryafterignored;

import static java.util.concurrent.TimeUnit.SECONDS;

import feign.RetryableException;
import feign.Retryer;

/**
 * Retryer of the Feign client that records payments on Fatture in Cloud invoices: it waits until the time the
 * Retry-After header names, but never longer than its maximum period, two seconds unless configured, so a rate limit
 * asking for a minute is re-sent far too early.
 */
public class PaymentFeignRetryerCapsRetryAfterAtDefaultMaxPeriod implements Retryer {

  private final long period;
  private final long maxPeriod;
  private final int maxAttempts;
  private int attempt = 1;

  public PaymentFeignRetryerCapsRetryAfterAtDefaultMaxPeriod() {
    this(200, SECONDS.toMillis(2), 4);
  }

  public PaymentFeignRetryerCapsRetryAfterAtDefaultMaxPeriod(long period, long maxPeriod, int maxAttempts) {
    this.period = period;
    this.maxPeriod = maxPeriod;
    this.maxAttempts = maxAttempts;
  }

  @Override
  // BUG: Diagnostic contains: RetryAfterIgnored
  public void continueOrPropagate(RetryableException e) {
    if (attempt++ >= maxAttempts) {
      throw e;
    }
    long interval;
    if (e.retryAfter() != null) {
      interval = e.retryAfter() - System.currentTimeMillis();
      if (interval > maxPeriod) {
        interval = maxPeriod;
      }
      if (interval < 0) {
        return;
      }
    } else {
      interval = Math.min(period * attempt, maxPeriod);
    }
    try {
      Thread.sleep(interval);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw e;
    }
  }

  @Override
  public Retryer clone() {
    return new PaymentFeignRetryerCapsRetryAfterAtDefaultMaxPeriod(period, maxPeriod, maxAttempts);
  }
}
