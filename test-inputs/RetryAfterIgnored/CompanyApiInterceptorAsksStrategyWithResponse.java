package inputs.retryafterignored;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Retries the company API's calls in the OkHttp client shared by the back office, as its strategy says. */
public class CompanyApiInterceptorAsksStrategyWithResponse implements Interceptor {

  /** The back office's retry strategy, configured elsewhere. */
  public interface RetryStrategy {
    boolean shouldRetry(int attempt, Response response);
  }

  private final RetryStrategy strategy;

  public CompanyApiInterceptorAsksStrategyWithResponse(RetryStrategy strategy) {
    this.strategy = strategy;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    int attempt = 0;
    while (strategy.shouldRetry(attempt, response)) {
      attempt++;
      response.close();
      // BUG: Diagnostic contains: RetryAfterIgnored
      // BUG: Diagnostic contains: RetryWithoutBackoff
      response = chain.proceed(request);
    }
    return response;
  }
}
