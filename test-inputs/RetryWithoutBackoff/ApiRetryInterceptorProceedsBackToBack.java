package inputs.retrywithoutbackoff;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Retries failed calls of the invoicing API client. */
public class ApiRetryInterceptorProceedsBackToBack implements Interceptor {

  private final int maxRetries;

  public ApiRetryInterceptorProceedsBackToBack(int maxRetries) {
    this.maxRetries = maxRetries;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    int retries = 0;
    while (!response.isSuccessful() && retries < maxRetries) {
      retries++;
      response.close();
      // BUG: Diagnostic contains: RetryWithoutBackoff
      // BUG: Diagnostic contains: NonRetryableErrorRetried
      // BUG: Diagnostic contains: RetryAfterIgnored
      response = chain.proceed(request);
    }
    return response;
  }
}
