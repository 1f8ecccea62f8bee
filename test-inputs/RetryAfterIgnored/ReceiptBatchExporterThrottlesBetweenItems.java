package inputs.retryafterignored;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ReceiptsApi;
import it.fattureincloud.sdk.model.CreateReceiptRequest;
import it.fattureincloud.sdk.model.Receipt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Exports the day's cash-register receipts, spacing requests to stay under the rate limit. */
public class ReceiptBatchExporterThrottlesBetweenItems {

  private static final long SPACING_MS = 1_100L;

  private final ReceiptsApi receiptsApi;
  private final int companyId;

  public ReceiptBatchExporterThrottlesBetweenItems(ApiClient apiClient, int companyId) {
    this.receiptsApi = new ReceiptsApi(apiClient);
    this.companyId = companyId;
  }

  public List<String> exportAll(List<Receipt> receipts) throws InterruptedException {
    List<String> failures = new ArrayList<>();
    for (Receipt receipt : receipts) {
      try {
        receiptsApi.createReceipt(companyId, new CreateReceiptRequest().data(receipt));
      } catch (ApiException e) {
        if (e.getCode() == 429) {
          String retryAfter = headerValue(e.getResponseHeaders(), "Retry-After");
          throw new IllegalStateException("rate limited after " + receipts.indexOf(receipt) + " receipts, Retry-After=" + retryAfter, e);
        }
        failures.add(receipt.getNumber() + ": HTTP " + e.getCode() + " " + e.getResponseBody());
        continue;
      }
      // 300 requests / 5 minutes per company: keep a steady pace
      Thread.sleep(SPACING_MS);
    }
    return failures;
  }

  private static String headerValue(Map<String, List<String>> headers, String name) {
    if (headers == null || headers.get(name) == null || headers.get(name).isEmpty()) {
      return "unknown";
    }
    return headers.get(name).get(0);
  }
}
