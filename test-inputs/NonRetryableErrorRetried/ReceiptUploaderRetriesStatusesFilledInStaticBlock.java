package inputs.nonretryableerrorretried;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ReceiptsApi;
import it.fattureincloud.sdk.model.CreateReceiptRequest;
import it.fattureincloud.sdk.model.Receipt;
import java.util.HashSet;
import java.util.Set;

/** Pushes till receipts to Fatture in Cloud; the statuses worth another try are kept in a set. */
public class ReceiptUploaderRetriesStatusesFilledInStaticBlock {

  private static final Set<Integer> RETRY_ON = new HashSet<>();

  static {
    RETRY_ON.add(409);
    RETRY_ON.add(500);
    RETRY_ON.add(502);
  }

  private static final int MAX_ATTEMPTS = 4;

  private final ReceiptsApi receiptsApi;
  private final int companyId;

  public ReceiptUploaderRetriesStatusesFilledInStaticBlock(ApiClient apiClient, int companyId) {
    this.receiptsApi = new ReceiptsApi(apiClient);
    this.companyId = companyId;
  }

  public Integer upload(Receipt receipt) throws ApiException, InterruptedException {
    CreateReceiptRequest request = new CreateReceiptRequest().data(receipt);
    int attempt = 0;
    while (true) {
      attempt++;
      try {
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        return receiptsApi.createReceipt(companyId, request).getData().getId();
      } catch (ApiException e) {
        if (attempt >= MAX_ATTEMPTS || !RETRY_ON.contains(e.getCode())) {
          throw e;
        }
        Thread.sleep(1_000L * attempt);
      }
    }
  }
}
