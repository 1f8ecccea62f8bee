package inputs.nonretryableerrorretried;

import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Pulls received documents (expenses) into the ledger; which statuses to retry is a policy of the platform. */
public class ExpenseSyncAsksInjectedPolicyWhetherToRetry {

  /** The platform's retry policy, configured elsewhere. */
  public interface StatusRetryPolicy {
    boolean shouldRetry(int status);
  }

  private final OkHttpClient http;
  private final StatusRetryPolicy policy;

  public ExpenseSyncAsksInjectedPolicyWhetherToRetry(OkHttpClient http, StatusRetryPolicy policy) {
    this.http = http;
    this.policy = policy;
  }

  public String fetch(String url) throws IOException, InterruptedException {
    Request request = new Request.Builder().url(url).get().build();
    for (int attempt = 1; attempt <= 4; attempt++) {
      try (Response response = http.newCall(request).execute()) {
        int status = response.code();
        if (response.isSuccessful()) {
          return response.body().string();
        }
        if (!policy.shouldRetry(status)) {
          throw new IOException("received documents: HTTP " + status + " " + response.body().string());
        }
        String retryAfter = response.header("Retry-After");
        // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
        long seconds = retryAfter == null ? attempt : Long.parseLong(retryAfter.trim());
        Thread.sleep(seconds * 1_000L);
      }
    }
    throw new IOException("received documents still failing");
  }
}
