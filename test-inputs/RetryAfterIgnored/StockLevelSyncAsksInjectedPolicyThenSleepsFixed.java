package inputs.retryafterignored;

import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Reads stock levels from the warehouse API; which statuses to retry is a policy of the platform. */
public class StockLevelSyncAsksInjectedPolicyThenSleepsFixed {

  /** The platform's retry policy, configured elsewhere. */
  public interface RetryPolicy {
    boolean isRetryable(int status);
  }

  private final OkHttpClient http;
  private final RetryPolicy policy;

  public StockLevelSyncAsksInjectedPolicyThenSleepsFixed(OkHttpClient http, RetryPolicy policy) {
    this.http = http;
    this.policy = policy;
  }

  public String levels(String url) throws IOException, InterruptedException {
    Request request = new Request.Builder().url(url).get().build();
    for (int attempt = 1; attempt <= 4; attempt++) {
      try (Response response = http.newCall(request).execute()) {
        if (response.isSuccessful()) {
          return response.body().string();
        }
        if (!policy.isRetryable(response.code())) {
          throw new IOException("stock levels: HTTP " + response.code());
        }
      }
      // BUG: Diagnostic contains: RetryAfterIgnored
      // BUG: Diagnostic contains: RetryWithoutBackoff
      Thread.sleep(2_000L);
    }
    throw new IOException("stock levels still failing");
  }
}
