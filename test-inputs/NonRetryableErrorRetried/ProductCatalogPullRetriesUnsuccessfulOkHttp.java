package inputs.nonretryableerrorretried;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Pulls a product sheet from Fatture in Cloud for the nightly price list export. */
public class ProductCatalogPullRetriesUnsuccessfulOkHttp {

  private static final int MAX_ATTEMPTS = 3;

  private final OkHttpClient http;
  private final String accessToken;

  public ProductCatalogPullRetriesUnsuccessfulOkHttp(OkHttpClient http, String accessToken) {
    this.http = http;
    this.accessToken = accessToken;
  }

  public String product(int companyId, int productId) throws IOException, InterruptedException {
    HttpUrl url = HttpUrl.get("https://api-v2.fattureincloud.it/c/" + companyId + "/products/" + productId)
        .newBuilder()
        .addQueryParameter("fieldset", "detailed")
        .build();
    Request request = new Request.Builder()
        .url(url)
        .header("Authorization", "Bearer " + accessToken)
        .build();

    int lastStatus = 0;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      // BUG: Diagnostic contains: NonRetryableErrorRetried
      try (Response response = http.newCall(request).execute()) {
        if (!response.isSuccessful()) {
          lastStatus = response.code();
          String retryAfter = response.header("Retry-After");
          // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
          long waitMs = retryAfter == null ? 1_000L << attempt : Long.parseLong(retryAfter) * 1000L;
          Thread.sleep(waitMs);
          continue;
        }
        return response.body().string();
      }
    }
    throw new IOException("product " + productId + " not readable, last status " + lastStatus);
  }
}
