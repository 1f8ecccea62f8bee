package inputs.retrywithoutbackoff;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Fetches the payment status of an invoice from the payment gateway. */
public class PaymentStatusClientSchedulesRetryAfterFixedDelay {

  private static final int MAX_ATTEMPTS = 6;

  private final OkHttpClient http;
  private final ScheduledExecutorService scheduler;
  private final String baseUrl;

  public PaymentStatusClientSchedulesRetryAfterFixedDelay(OkHttpClient http, ScheduledExecutorService scheduler, String baseUrl) {
    this.http = http;
    this.scheduler = scheduler;
    this.baseUrl = baseUrl;
  }

  public void fetch(String paymentId, int attempt, CompletableFuture<String> result) {
    Request request = new Request.Builder().url(baseUrl + "/payments/" + paymentId).get().build();
    try (Response response = http.newCall(request).execute()) {
      if (response.code() == 200) {
        result.complete(response.body().string());
        return;
      }
      if (response.code() >= 500 && attempt < MAX_ATTEMPTS) {
        // BUG: Diagnostic contains: RetryWithoutBackoff
        // BUG: Diagnostic contains: RetryAfterIgnored
        scheduler.schedule(() -> fetch(paymentId, attempt + 1, result), 3, TimeUnit.SECONDS);
        return;
      }
      result.completeExceptionally(new IOException("payment status failed: HTTP " + response.code()));
    } catch (IOException e) {
      result.completeExceptionally(e);
    }
  }
}
