package inputs.nonretryableerrorretried;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ReceiptsApi;
import it.fattureincloud.sdk.model.CreateReceiptRequest;
import it.fattureincloud.sdk.model.Receipt;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Pushes till receipts at the end of a shift. A failure is never sent again from here: rate limits and server errors
 * go to a queue that the next shift's run picks up, every other failure goes to the back office.
 */
public class ReceiptPushQueuesRetryInsteadOfResending {

  private final ReceiptsApi receiptsApi;
  private final int companyId;
  private final Deque<Receipt> retryQueue = new ArrayDeque<>();
  private final Deque<String> backOffice = new ArrayDeque<>();

  public ReceiptPushQueuesRetryInsteadOfResending(ApiClient apiClient, int companyId) {
    this.receiptsApi = new ReceiptsApi(apiClient);
    this.companyId = companyId;
  }

  public int pushShift(List<Receipt> receipts) {
    int pushed = 0;
    boolean throttled = false;
    for (Receipt receipt : receipts) {
      if (throttled) {
        retry(receipt);
        continue;
      }
      try {
        receiptsApi.createReceipt(companyId, new CreateReceiptRequest().data(receipt));
        pushed++;
      } catch (ApiException e) {
        boolean retry = e.getCode() == 429 || e.getCode() >= 500 || e.getCode() == 0;
        throttled |= e.getCode() == 429;
        if (retry) {
          retry(receipt);
        } else {
          backOffice.addLast("receipt " + receipt.getDate() + " rejected: HTTP " + e.getCode() + " "
              + e.getResponseBody());
        }
      }
    }
    return pushed;
  }

  private void retry(Receipt receipt) {
    retryQueue.addLast(receipt);
  }

  public List<Receipt> drainRetryQueue() {
    List<Receipt> pending = List.copyOf(retryQueue);
    retryQueue.clear();
    return pending;
  }

  public List<String> backOfficeNotes() {
    return List.copyOf(backOffice);
  }
}
