package inputs.retryafterignored;

import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Retries the clients API's calls as the strategy says, waiting as long as the server asks. */
public class ClientApiInterceptorAsksStrategyThenWaitsRetryAfter implements Interceptor {

  /** The back office's retry strategy, configured elsewhere. */
  public interface RetryStrategy {
    boolean isRetryable(Response response);
  }

  private final RetryStrategy strategy;

  public ClientApiInterceptorAsksStrategyThenWaitsRetryAfter(RetryStrategy strategy) {
    this.strategy = strategy;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    for (int attempt = 1; attempt <= 3 && strategy.isRetryable(response); attempt++) {
      String retryAfter = response.header("Retry-After");
      // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
      long seconds = retryAfter == null ? attempt : Long.parseLong(retryAfter.trim());
      response.close();
      try {
        Thread.sleep(seconds * 1_000L);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting to retry");
      }
      response = chain.proceed(request);
    }
    return response;
  }
}
