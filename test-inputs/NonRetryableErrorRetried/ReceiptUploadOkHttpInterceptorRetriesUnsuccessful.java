package inputs.nonretryableerrorretried;

import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * OkHttp interceptor of the client that uploads receipts to Fatture in Cloud: any unsuccessful response is re-sent up
 * to three times with a growing pause, so a 401 with an expired token or a 422 for a bad receipt is sent again
 * unchanged, and a 429 waits the interceptor's own pause instead of Retry-After.
 */
public class ReceiptUploadOkHttpInterceptorRetriesUnsuccessful implements Interceptor {

  private static final int MAX_ATTEMPTS = 3;

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    int attempt = 1;
    while (true) {
      // BUG: Diagnostic contains: NonRetryableErrorRetried
      Response response = chain.proceed(request);
      if (response.isSuccessful() || attempt >= MAX_ATTEMPTS) {
        return response;
      }
      response.close();
      try {
        // BUG: Diagnostic contains: RetryAfterIgnored
        Thread.sleep(500L * attempt);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("receipt upload interrupted");
      }
      attempt++;
    }
  }
}
