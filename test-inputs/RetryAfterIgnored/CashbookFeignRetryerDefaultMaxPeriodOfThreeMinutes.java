package inputs.retryafterignored;

import feign.RetryableException;
import feign.Retryer;

/**
 * Retryer of the Feign client that reads cashbook entries from Fatture in Cloud: it waits until the time the
 * Retry-After header names, capped by a maximum period that defaults to three minutes, longer than any rate-limit
 * window of the API.
 */
public class CashbookFeignRetryerDefaultMaxPeriodOfThreeMinutes implements Retryer {

  private final long maxPeriod;
  private final int maxAttempts;
  private int attempt = 1;

  public CashbookFeignRetryerDefaultMaxPeriodOfThreeMinutes() {
    this(180_000L, 4);
  }

  public CashbookFeignRetryerDefaultMaxPeriodOfThreeMinutes(long maxPeriod, int maxAttempts) {
    this.maxPeriod = maxPeriod;
    this.maxAttempts = maxAttempts;
  }

  @Override
  public void continueOrPropagate(RetryableException e) {
    if (attempt++ >= maxAttempts) {
      throw e;
    }
    long interval = e.retryAfter() == null ? 500L * attempt : e.retryAfter() - System.currentTimeMillis();
    if (interval > maxPeriod) {
      interval = maxPeriod;
    }
    try {
      Thread.sleep(Math.max(0L, interval));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw e;
    }
  }

  @Override
  public Retryer clone() {
    return new CashbookFeignRetryerDefaultMaxPeriodOfThreeMinutes(maxPeriod, maxAttempts);
  }
}
