package inputs.retryafterignored;

import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.http.HttpResponseException;
import java.io.IOException;

/** Exports the product catalogue of a Fatture in Cloud company as JSON over the Google HTTP Client. */
public class ProductExportGoogleHttpCatchesRateLimitInLoop {

  private static final int MAX_ATTEMPTS = 4;

  private final HttpRequestFactory requestFactory;
  private final GenericUrl productsUrl;

  public ProductExportGoogleHttpCatchesRateLimitInLoop(HttpRequestFactory requestFactory, int companyId) {
    this.requestFactory = requestFactory;
    this.productsUrl =
        new GenericUrl("https://api-v2.fattureincloud.it/c/" + companyId + "/products?per_page=100");
  }

  public String exportProducts() throws IOException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        return requestFactory.buildGetRequest(productsUrl).execute().parseAsString();
      } catch (HttpResponseException e) {
        if (e.getStatusCode() != 429 || attempt == MAX_ATTEMPTS) {
          throw e;
        }
        // BUG: Diagnostic contains: RetryAfterIgnored
        Thread.sleep(1_000L * attempt);
      }
    }
  }
}
