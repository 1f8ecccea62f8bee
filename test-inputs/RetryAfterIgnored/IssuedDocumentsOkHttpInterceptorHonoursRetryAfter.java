package inputs.retryafterignored;

import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * OkHttp interceptor on the Fatture in Cloud SDK's client: a 429 or 503 is re-sent once, after the number of seconds
 * the Retry-After header asks for (one second when the header is missing or unreadable); every other status goes
 * back to the caller as it is.
 */
public class IssuedDocumentsOkHttpInterceptorHonoursRetryAfter implements Interceptor {

  private static final long DEFAULT_WAIT_SECONDS = 1;

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    if (response.code() != 429 && response.code() != 503) {
      return response;
    }
    String retryAfter = response.header("Retry-After");
    // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
    long waitSeconds = retryAfter == null ? DEFAULT_WAIT_SECONDS : parseSeconds(retryAfter);
    response.close();
    try {
      Thread.sleep(waitSeconds * 1000L);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while honouring Retry-After");
    }
    return chain.proceed(request);
  }

  private static long parseSeconds(String value) {
    try {
      return Math.max(0, Long.parseLong(value.trim()));
    } catch (NumberFormatException httpDate) {
      return DEFAULT_WAIT_SECONDS;
    }
  }
}
