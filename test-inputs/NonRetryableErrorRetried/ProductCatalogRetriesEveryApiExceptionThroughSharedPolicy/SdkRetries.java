package inputs.nonretryableerrorretried.sharedpolicy;

import it.fattureincloud.sdk.ApiException;

/** Retries of the Fatture in Cloud SDK calls shared by the back office. */
public final class SdkRetries {

  /** One call of the Fatture in Cloud SDK. */
  @FunctionalInterface
  public interface SdkCall<T> {
    T call() throws ApiException;
  }

  private static final Policy DEFAULT = new Policy(750L);

  private SdkRetries() {}

  public static <T> T withRetry(SdkCall<T> action, int maxAttempts)
      throws ApiException, InterruptedException {
    return DEFAULT.withRetry(action, maxAttempts);
  }

  /** A fixed pause that grows with each attempt. */
  static final class Policy {
    private final long pauseMillis;

    Policy(long pauseMillis) {
      this.pauseMillis = pauseMillis;
    }

    <T> T withRetry(SdkCall<T> action, int maxAttempts) throws ApiException, InterruptedException {
      ApiException last = null;
      for (int attempt = 1; attempt <= maxAttempts; attempt++) {
        try {
          return action.call();
        } catch (ApiException e) {
          last = e;
          Thread.sleep(pauseMillis * attempt);
        }
      }
      throw last;
    }
  }
}
