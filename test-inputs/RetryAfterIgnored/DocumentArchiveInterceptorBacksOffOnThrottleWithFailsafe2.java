package inputs.retryafterignored;

import java.io.IOException;
import java.time.temporal.ChronoUnit;
import net.jodah.failsafe.Failsafe;
import net.jodah.failsafe.RetryPolicy;
import okhttp3.Interceptor;
import okhttp3.Response;

/** OkHttp interceptor of the document archive client that re-sends throttled calls with an exponential back-off. */
public class DocumentArchiveInterceptorBacksOffOnThrottleWithFailsafe2 implements Interceptor {

  private final int maxRetries;

  public DocumentArchiveInterceptorBacksOffOnThrottleWithFailsafe2(int maxRetries) {
    this.maxRetries = maxRetries;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    RetryPolicy<Response> throttled = new RetryPolicy<Response>()
        .withMaxRetries(maxRetries)
        .withBackoff(200, 5_000, ChronoUnit.MILLIS)
        .withJitter(0.1)
        // BUG: Diagnostic contains: RetryAfterIgnored
        .handleResultIf(response -> response.code() == 429);
    return Failsafe.with(throttled).get(context -> {
      Response previous = context.getLastResult();
      if (previous != null) {
        previous.close();
      }
      return chain.proceed(chain.request());
    });
  }
}
