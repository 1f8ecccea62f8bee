package inputs.retryafterignored;

import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Azure-style services send x-ms-retry-after-ms: the interceptor waits that long, then re-sends. */
public class DocumentCopyOkHttpWaitsXMsRetryAfterMsOnThrottle implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    if (response.code() != 429 && response.code() != 503) {
      return response;
    }
    String millis = response.header("x-ms-retry-after-ms", "1000");
    response.close();
    try {
      Thread.sleep(Long.parseLong(millis));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException();
    }
    return chain.proceed(request);
  }
}
