package inputs.retryafterignored;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ReceiptsApi;
import it.fattureincloud.sdk.model.CreateReceiptRequest;
import it.fattureincloud.sdk.model.CreateReceiptResponse;
import it.fattureincloud.sdk.model.Receipt;
import java.util.concurrent.ThreadLocalRandom;

/** Pushes point-of-sale receipts to Fatture in Cloud at the end of each shift. */
public class ReceiptUploaderRecursesAfterPauseHelper {

  private static final int TOO_MANY_REQUESTS = 429;
  private static final int SERVICE_UNAVAILABLE = 503;
  private static final int MAX_ATTEMPTS = 6;
  private static final long BASE_DELAY_MS = 500L;
  private static final long MAX_DELAY_MS = 30_000L;

  private final ReceiptsApi receiptsApi;
  private final int companyId;

  public ReceiptUploaderRecursesAfterPauseHelper(ApiClient apiClient, int companyId) {
    this.receiptsApi = new ReceiptsApi(apiClient);
    this.companyId = companyId;
  }

  public Integer upload(Receipt receipt) throws ApiException {
    return uploadWithRetry(new CreateReceiptRequest().data(receipt), 0);
  }

  private Integer uploadWithRetry(CreateReceiptRequest request, int attempt) throws ApiException {
    try {
      CreateReceiptResponse response = receiptsApi.createReceipt(companyId, request);
      return response.getData().getId();
    } catch (ApiException e) {
      boolean transientStatus = e.getCode() == TOO_MANY_REQUESTS || e.getCode() == SERVICE_UNAVAILABLE;
      if (!transientStatus || attempt + 1 >= MAX_ATTEMPTS) {
        throw e;
      }
      // BUG: Diagnostic contains: RetryAfterIgnored
      pause(attempt);
      return uploadWithRetry(request, attempt + 1);
    }
  }

  private static void pause(int attempt) {
    long exponential = Math.min(MAX_DELAY_MS, BASE_DELAY_MS << attempt);
    long jitter = ThreadLocalRandom.current().nextLong(exponential / 4 + 1);
    try {
      Thread.sleep(exponential + jitter);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while backing off", ie);
    }
  }
}
