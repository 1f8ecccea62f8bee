package inputs.nonretryable;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ReceiptsApi;
import it.fattureincloud.sdk.model.CreateReceiptRequest;
import it.fattureincloud.sdk.model.Receipt;
import java.util.ArrayDeque;
import java.util.Deque;

/** Pushes till receipts; failures go to a retry queue that an operator reviews, nothing is re-sent here. */
public class ReceiptRetryLaterQueuesInsteadOfResending {
  private final ReceiptsApi receipts;
  private final int companyId;
  private final Deque<Receipt> retryQueue = new ArrayDeque<>();
  private int retryCount;

  public ReceiptRetryLaterQueuesInsteadOfResending(ApiClient apiClient, int companyId) {
    this.receipts = new ReceiptsApi(apiClient);
    this.companyId = companyId;
  }

  public boolean push(Receipt receipt) {
    try {
      receipts.createReceipt(companyId, new CreateReceiptRequest().data(receipt));
      return true;
    } catch (ApiException e) {
      boolean retry = e.getCode() == 429 || e.getCode() >= 500;
      if (retry) {
        retryLater(receipt);
      }
      return false;
    }
  }

  private void retryLater(Receipt receipt) {
    retryCount++;
    retryQueue.addLast(receipt);
  }

  public int retryCount() {
    return retryCount;
  }
}
