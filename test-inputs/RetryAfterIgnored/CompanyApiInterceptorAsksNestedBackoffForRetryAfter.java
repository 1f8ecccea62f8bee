package inputs.retryafterignored;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Re-sends Fatture in Cloud requests that were rate limited or met an unavailable server. The wait is asked of a
 * nested back-off object, which takes it from the Retry-After header of the failed response and falls back to a
 * doubling delay only when the header is absent: correct, though the header is read two classes away from the sleep.
 */
public class CompanyApiInterceptorAsksNestedBackoffForRetryAfter implements Interceptor {

  private static final long FIRST_DELAY_MILLIS = 500;

  private final Backoff backoff;

  public CompanyApiInterceptorAsksNestedBackoffForRetryAfter(int maxRetries) {
    this.backoff = new Backoff(maxRetries);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (isTransient(response.code())) {
      return resend(response, chain);
    }
    return response;
  }

  private Response resend(Response response, Chain chain) throws IOException {
    Optional<Duration> wait = backoff.next(response);
    while (wait.isPresent()) {
      try {
        Thread.sleep(wait.get().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting to re-send", e);
      }
      response.close();
      response = chain.proceed(chain.request());
      if (!isTransient(response.code())) {
        return response;
      }
      wait = backoff.next(response);
    }
    return response;
  }

  private Duration delayFor(Response response, int attempt) {
    String retryAfter = response.header("Retry-After");
    if (retryAfter != null && retryAfter.chars().allMatch(Character::isDigit)) {
      // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
      return Duration.ofSeconds(Long.parseLong(retryAfter));
    }
    return Duration.ofMillis(FIRST_DELAY_MILLIS << attempt);
  }

  private static boolean isTransient(int status) {
    return status == 429 || status >= 500;
  }

  private final class Backoff {
    private final int maxRetries;
    private int retries;

    Backoff(int maxRetries) {
      this.maxRetries = maxRetries;
    }

    Optional<Duration> next(Response response) {
      if (retries >= maxRetries) {
        return Optional.empty();
      }
      Duration delay = delayFor(response, retries);
      retries++;
      return Optional.of(delay);
    }
  }
}
