package inputs.retryafterignored;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.function.Predicate;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Retries the payment export calls as configured, waiting as long as the server asks. */
public class PaymentExportInterceptorAsksInjectedPredicateThenWaitsRetryAfter implements Interceptor {

  private final Predicate<Response> shouldRetry;

  public PaymentExportInterceptorAsksInjectedPredicateThenWaitsRetryAfter(Predicate<Response> shouldRetry) {
    this.shouldRetry = shouldRetry;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    for (int attempt = 1; attempt <= 3 && shouldRetry.test(response); attempt++) {
      String retryAfter = response.header("Retry-After");
      // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
      long seconds = retryAfter == null ? 2L * attempt : Long.parseLong(retryAfter.trim());
      response.close();
      try {
        Thread.sleep(seconds * 1_000L);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting to retry");
      }
      response = chain.proceed(chain.request());
    }
    return response;
  }
}
