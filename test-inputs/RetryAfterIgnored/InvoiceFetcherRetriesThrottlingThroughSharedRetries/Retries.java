package inputs.retryafterignored.sharedretries;

import java.util.concurrent.Callable;
import org.springframework.web.client.HttpStatusCodeException;

/** Retries shared by the clients of the accounting service. */
public final class Retries {

  private static final long FIRST_PAUSE_MS = 500L;

  private Retries() {}

  /** Runs the action again when the service is throttling or unavailable, with a growing pause. */
  public static <T> T withRetry(Callable<T> action, int maxAttempts) throws Exception {
    for (int attempt = 1; ; attempt++) {
      try {
        return action.call();
      } catch (HttpStatusCodeException e) {
        int status = e.getStatusCode().value();
        if ((status != 429 && status != 503) || attempt >= maxAttempts) {
          throw e;
        }
        sleep(attempt);
      }
    }
  }

  private static void sleep(int attempt) throws InterruptedException {
    Thread.sleep(FIRST_PAUSE_MS << attempt);
  }
}
