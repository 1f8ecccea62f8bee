package inputs.retryafterignored;

import feign.RetryableException;
import feign.Retryer;
import java.util.concurrent.TimeUnit;

/**
 * Retryer of the Feign client that exports the ledger from Fatture in Cloud: it waits until the time the Retry-After
 * header names, guarding only against absurd values with a five-minute ceiling that no rate limit of the API reaches.
 */
public class LedgerFeignRetryerCapsRetryAfterAtFiveMinutes implements Retryer {

  private static final long CEILING_MILLIS = TimeUnit.MINUTES.toMillis(5);
  private static final int MAX_ATTEMPTS = 3;

  private int attempt = 1;

  @Override
  public void continueOrPropagate(RetryableException e) {
    if (attempt++ >= MAX_ATTEMPTS) {
      throw e;
    }
    Long retryAt = e.retryAfter();
    long wait = retryAt == null ? 1_000L * attempt : Math.min(retryAt - System.currentTimeMillis(), CEILING_MILLIS);
    try {
      Thread.sleep(Math.max(0L, wait));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw e;
    }
  }

  @Override
  public Retryer clone() {
    return new LedgerFeignRetryerCapsRetryAfterAtFiveMinutes();
  }
}
