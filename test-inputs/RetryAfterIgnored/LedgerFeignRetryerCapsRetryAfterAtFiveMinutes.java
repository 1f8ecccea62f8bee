package inputs.retryafterignored;

import feign.Feign;
import feign.Param;
import feign.RequestLine;
import feign.RetryableException;
import feign.Retryer;
import java.util.concurrent.TimeUnit;

/**
 * Retryer of the Feign client that exports the ledger from Fatture in Cloud: it waits until the time the Retry-After
 * header names, guarding only against absurd values with a five-minute ceiling that no rate limit of the API reaches;
 * the bulk client uses Retryer.Default with a three-minute maximum period.
 */
public class LedgerFeignRetryerCapsRetryAfterAtFiveMinutes implements Retryer {

  /** The ledger export endpoint of the Fatture in Cloud API. */
  public interface LedgerApi {
    @RequestLine("GET /c/{companyId}/cashbook")
    String entries(@Param("companyId") int companyId);
  }

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

  public static LedgerApi client(String baseUrl) {
    return Feign.builder().retryer(new LedgerFeignRetryerCapsRetryAfterAtFiveMinutes()).target(LedgerApi.class, baseUrl);
  }

  public static LedgerApi bulkClient(String baseUrl) {
    return Feign.builder()
        .retryer(new Retryer.Default(1_000L, TimeUnit.MINUTES.toMillis(3), 3))
        .target(LedgerApi.class, baseUrl);
  }
}
