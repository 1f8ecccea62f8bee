package inputs.retryafterignored;

import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * OkHttp interceptor installed on the Fatture in Cloud SDK's client (ApiClient.setHttpClient): a 429 is re-sent once
 * after a fixed second, whatever the Retry-After header of the 429 says.
 */
public class CompanyInfoOkHttpInterceptorSleepsFixedOnRateLimit implements Interceptor {

  private static final long PAUSE_MILLIS = 1_000L;

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    if (response.code() == 429) {
      response.close();
      try {
        // BUG: Diagnostic contains: RetryAfterIgnored
        Thread.sleep(PAUSE_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting to re-send " + request.url());
      }
      response = chain.proceed(request);
    }
    return response;
  }
}
