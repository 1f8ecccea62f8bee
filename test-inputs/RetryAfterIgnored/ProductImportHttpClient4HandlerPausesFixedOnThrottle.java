package inputs.retryafterignored;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.http.client.HttpResponseException;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.client.BasicResponseHandler;
import org.apache.http.impl.client.CloseableHttpClient;

/**
 * Imports products into Fatture in Cloud with Apache HttpClient 4's BasicResponseHandler, which throws
 * HttpResponseException for every error status; a throttled import (429) is posted again after a fixed three seconds.
 */
public class ProductImportHttpClient4HandlerPausesFixedOnThrottle {

  private final CloseableHttpClient client;
  private final String productsUrl;

  public ProductImportHttpClient4HandlerPausesFixedOnThrottle(CloseableHttpClient client, String productsUrl) {
    this.client = client;
    this.productsUrl = productsUrl;
  }

  public String importProduct(String productJson) throws IOException, InterruptedException {
    HttpPost post = new HttpPost(productsUrl);
    post.setEntity(new StringEntity(productJson, ContentType.APPLICATION_JSON));
    int attempts = 0;
    while (true) {
      try {
        return client.execute(post, new BasicResponseHandler());
      } catch (HttpResponseException e) {
        if (e.getStatusCode() != 429 || ++attempts >= 3) {
          throw e;
        }
        // BUG: Diagnostic contains: RetryAfterIgnored
        // BUG: Diagnostic contains: RetryWithoutBackoff
        TimeUnit.SECONDS.sleep(3);
      }
    }
  }
}
