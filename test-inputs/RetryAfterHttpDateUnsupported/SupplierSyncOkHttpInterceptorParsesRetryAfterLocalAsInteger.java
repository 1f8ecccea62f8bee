package inputs.retryafterhttpdateunsupported;

import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Re-sends a throttled request once, after the Retry-After seconds parsed with Integer.parseInt. */
public class SupplierSyncOkHttpInterceptorParsesRetryAfterLocalAsInteger implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    if (response.code() != 429) {
      return response;
    }
    String header = response.header("Retry-After", "1");
    // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
    int waitSeconds = Integer.parseInt(header.trim());
    response.close();
    try {
      Thread.sleep(waitSeconds * 1000L);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException();
    }
    return chain.proceed(request);
  }
}
