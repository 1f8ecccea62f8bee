package inputs.nonretryable;

import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Pulls one product from the catalogue service for the price list export. */
public class ProductPullRetriesClientErrorsWithOkHttp {
  private static final int MAX_ATTEMPTS = 3;

  private final OkHttpClient http = new OkHttpClient();
  private final String baseUrl;

  public ProductPullRetriesClientErrorsWithOkHttp(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public String product(int companyId, int productId) throws IOException, InterruptedException {
    Request request = new Request.Builder()
        .url(baseUrl + "/c/" + companyId + "/products/" + productId)
        .build();
    int attempt = 0;
    while (true) {
      attempt++;
      // BUG: Diagnostic contains: NonRetryableErrorRetried
      try (Response response = http.newCall(request).execute()) {
        if (response.isSuccessful()) {
          return response.body().string();
        }
        if (attempt >= MAX_ATTEMPTS || response.code() < 400) {
          throw new IOException("product " + productId + ": HTTP " + response.code());
        }
        String retryAfter = response.header("Retry-After");
        long seconds = retryAfter == null ? attempt : Long.parseLong(retryAfter);
        Thread.sleep(seconds * 1000L);
      }
    }
  }
}
