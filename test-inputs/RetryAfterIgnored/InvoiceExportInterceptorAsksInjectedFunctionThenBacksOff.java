package inputs.retryafterignored;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.function.Function;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Retries the invoice export calls of the reporting job; which responses to retry is configured by the job. */
public class InvoiceExportInterceptorAsksInjectedFunctionThenBacksOff implements Interceptor {

  private final Function<Response, Boolean> isRetryable;
  private final int maxAttempts;

  public InvoiceExportInterceptorAsksInjectedFunctionThenBacksOff(
      Function<Response, Boolean> isRetryable, int maxAttempts) {
    this.isRetryable = isRetryable;
    this.maxAttempts = maxAttempts;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    long backoffMillis = 500L;
    Response response = chain.proceed(chain.request());
    for (int attempt = 1; attempt < maxAttempts; attempt++) {
      boolean retryable = Boolean.TRUE.equals(isRetryable.apply(response));
      if (!retryable) {
        return response;
      }
      response.close();
      try {
        // BUG: Diagnostic contains: RetryAfterIgnored
        Thread.sleep(backoffMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while backing off");
      }
      backoffMillis *= 2;
      response = chain.proceed(chain.request());
    }
    return response;
  }
}
