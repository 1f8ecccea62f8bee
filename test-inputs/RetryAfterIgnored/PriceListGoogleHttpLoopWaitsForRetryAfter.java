package inputs.retryafterignored;

import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.http.HttpResponseException;
import java.io.IOException;

/**
 * Reads the price lists of a Fatture in Cloud company over the Google HTTP Client; a 429 waits for the seconds its
 * Retry-After header names before the next attempt.
 */
public class PriceListGoogleHttpLoopWaitsForRetryAfter {

  private static final int MAX_ATTEMPTS = 3;
  private static final long FALLBACK_MILLIS = 10_000;

  private final HttpRequestFactory requestFactory;
  private final GenericUrl priceListsUrl;

  public PriceListGoogleHttpLoopWaitsForRetryAfter(HttpRequestFactory requestFactory, int companyId) {
    this.requestFactory = requestFactory;
    this.priceListsUrl = new GenericUrl("https://api-v2.fattureincloud.it/c/" + companyId + "/price_lists");
  }

  public String priceLists() throws IOException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        return requestFactory.buildGetRequest(priceListsUrl).execute().parseAsString();
      } catch (HttpResponseException e) {
        if (e.getStatusCode() != 429 || attempt == MAX_ATTEMPTS) {
          throw e;
        }
        String retryAfter = e.getHeaders().getRetryAfter();
        // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
        Thread.sleep(retryAfter == null ? FALLBACK_MILLIS : Long.parseLong(retryAfter.trim()) * 1000);
      }
    }
  }
}
