package inputs.retryafterignored;

import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Pulls the product catalogue used to price invoice lines. */
public class ProductCatalogPullRetriesGatewayErrorsOnly {

  private static final int INTERNAL_SERVER_ERROR = 500;
  private static final int BAD_GATEWAY = 502;
  private static final int GATEWAY_TIMEOUT = 504;
  private static final int MAX_ATTEMPTS = 3;

  private final OkHttpClient http;
  private final String baseUrl;
  private final String accessToken;

  public ProductCatalogPullRetriesGatewayErrorsOnly(OkHttpClient http, String baseUrl, String accessToken) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.accessToken = accessToken;
  }

  public String fetchProducts(int companyId) throws IOException, InterruptedException {
    Request request = new Request.Builder()
        .url(baseUrl + "/c/" + companyId + "/products?per_page=100")
        .header("Authorization", "Bearer " + accessToken)
        .build();

    int attempt = 0;
    while (true) {
      attempt++;
      try (Response response = http.newCall(request).execute()) {
        int status = response.code();
        if (response.isSuccessful()) {
          return response.body().string();
        }
        boolean gatewayProblem = status == INTERNAL_SERVER_ERROR || status == BAD_GATEWAY || status == GATEWAY_TIMEOUT;
        if (!gatewayProblem || attempt >= MAX_ATTEMPTS) {
          // 429 and 503 are surfaced to the scheduler, which reschedules the whole job
          throw new IOException("catalogue pull failed: HTTP " + status + ", Retry-After=" + response.header("Retry-After"));
        }
      }
      backoff(attempt);
    }
  }

  private static void backoff(int attempt) throws InterruptedException {
    Thread.sleep(Math.min(10_000L, 1_000L * (1L << attempt)));
  }
}
