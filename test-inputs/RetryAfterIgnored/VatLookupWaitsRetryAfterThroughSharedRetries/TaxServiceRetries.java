package inputs.retryafterignored.sharedretryafter;

import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.HttpStatusCodeException;

/** Retries shared by the clients of the tax service, which tells how long to wait when busy. */
public final class TaxServiceRetries {

  private static final int MAX_ATTEMPTS = 4;

  private TaxServiceRetries() {}

  public static <T> T withRetry(Supplier<T> call) throws InterruptedException {
    int attemptsLeft = MAX_ATTEMPTS;
    while (true) {
      try {
        return call.get();
      } catch (HttpStatusCodeException e) {
        attemptsLeft--;
        boolean busy = e.getStatusCode().value() == 429 || e.getStatusCode().value() == 503;
        if (!busy || attemptsLeft == 0) {
          throw e;
        }
        HttpHeaders headers = e.getResponseHeaders();
        String seconds = headers == null ? null : headers.getFirst(HttpHeaders.RETRY_AFTER);
        // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
        Thread.sleep(seconds == null ? 2_000L : Long.parseLong(seconds.trim()) * 1000L);
      }
    }
  }
}
