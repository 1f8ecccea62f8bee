package inputs.retryafterignored;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/**
 * Warehouse stock push: the exchange function hands back the status alone, and a throttled push
 * (429) or an unavailable warehouse (503) is re-sent after a fixed two seconds, not after the
 * Retry-After the warehouse API sends with both.
 */
public class StockSyncRestClientExchangeRetriesThrottledStatusOnFixedWait {
  private final RestClient restClient;

  public StockSyncRestClientExchangeRetriesThrottledStatusOnFixedWait(RestClient restClient) {
    this.restClient = restClient;
  }

  public void pushStock(String sku, int quantity) throws InterruptedException {
    for (int attempt = 0; attempt < 5; attempt++) {
      HttpStatusCode status =
          restClient
              .put()
              .uri("/stock/{sku}", sku)
              .body(new StockLevel(sku, quantity))
              .exchange((request, response) -> response.getStatusCode());
      if (status.is2xxSuccessful()) {
        return;
      }
      if (status.value() != 429 && status.value() != 503) {
        throw new IllegalStateException("stock push refused: " + status.value());
      }
      // BUG: Diagnostic contains: RetryAfterIgnored
      // BUG: Diagnostic contains: RetryWithoutBackoff
      Thread.sleep(2_000);
    }
    throw new IllegalStateException("stock push still throttled");
  }

  /** The stock level sent for a SKU. */
  public record StockLevel(String sku, int quantity) {}
}
