package inputs.retryafterignored;

import feign.RetryableException;
import feign.Retryer;

/**
 * Retryer of the Feign client that sends e-invoices through Fatture in Cloud. Feign's default error decoder turns a
 * 429 or 503 that carries Retry-After into a RetryableException with that time, but this Retryer sleeps two seconds
 * whatever the exception says.
 */
public class EInvoiceFeignRetryerSleepsFixedInterval implements Retryer {

  private static final int MAX_ATTEMPTS = 4;
  private static final long PAUSE_MILLIS = 2_000L;

  private int attempt = 1;

  @Override
  // BUG: Diagnostic contains: RetryAfterIgnored
  public void continueOrPropagate(RetryableException e) {
    if (attempt++ >= MAX_ATTEMPTS) {
      throw e;
    }
    try {
      Thread.sleep(PAUSE_MILLIS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw e;
    }
  }

  @Override
  public Retryer clone() {
    return new EInvoiceFeignRetryerSleepsFixedInterval();
  }
}
