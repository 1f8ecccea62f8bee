package inputs.retryafterignored;

import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Fetches a purchase order from the procurement API to match it against a received invoice. */
public class PurchaseOrderFetcherRetriesOnceWithRetryAfter {

  private static final long MAX_HONOURED_WAIT_SECONDS = 60;

  private final OkHttpClient http;
  private final String baseUrl;

  public PurchaseOrderFetcherRetriesOnceWithRetryAfter(OkHttpClient http, String baseUrl) {
    this.http = http;
    this.baseUrl = baseUrl;
  }

  public String fetch(String orderNumber) throws IOException, InterruptedException {
    Request request = new Request.Builder().url(baseUrl + "/purchase-orders/" + orderNumber).build();
    try (Response first = http.newCall(request).execute()) {
      if (first.isSuccessful()) {
        return first.body().string();
      }
      if (first.code() != 429) {
        throw new IOException("purchase order " + orderNumber + " unavailable: HTTP " + first.code());
      }
      String header = first.header("retry-after");
      // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
      long seconds = header != null && header.trim().matches("\\d+") ? Long.parseLong(header.trim()) : 2L;
      if (seconds > MAX_HONOURED_WAIT_SECONDS) {
        throw new IOException("procurement API asks to wait " + seconds + "s, giving up on " + orderNumber);
      }
      Thread.sleep(seconds * 1_000L);
    }
    try (Response second = http.newCall(request).execute()) {
      if (!second.isSuccessful()) {
        throw new IOException("purchase order " + orderNumber + " unavailable: HTTP " + second.code());
      }
      return second.body().string();
    }
  }
}
