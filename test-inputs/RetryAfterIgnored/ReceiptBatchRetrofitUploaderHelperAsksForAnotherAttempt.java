package inputs.retryafterignored;

import java.io.IOException;
import java.util.List;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.http.Body;
import retrofit2.http.POST;
import retrofit2.http.Path;

/** Sends the day's till receipts to the accounting API in one batch from a background worker. */
public class ReceiptBatchRetrofitUploaderHelperAsksForAnotherAttempt implements Runnable {

  interface ReceiptsService {
    @POST("c/{companyId}/receipts/batch")
    Call<Void> upload(@Path("companyId") int companyId, @Body List<String> receipts);
  }

  private final ReceiptsService service;
  private final int companyId;
  private final List<String> receipts;

  public ReceiptBatchRetrofitUploaderHelperAsksForAnotherAttempt(
      Retrofit retrofit, int companyId, List<String> receipts) {
    this.service = retrofit.create(ReceiptsService.class);
    this.companyId = companyId;
    this.receipts = receipts;
  }

  /** Sends the batch once; true when it is worth another attempt. */
  boolean upload() {
    try {
      Response<Void> response = service.upload(companyId, receipts).execute();
      if (response.isSuccessful()) {
        return false;
      }
      int status = response.code();
      return status == 429 || isServerError(status);
    } catch (IOException e) {
      return true;
    }
  }

  @Override
  public void run() {
    for (int attempt = 0; attempt < 5; attempt++) {
      if (!upload()) {
        return;
      }
      try {
        // BUG: Diagnostic contains: RetryAfterIgnored
        Thread.sleep(1_000L << attempt);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static boolean isServerError(int status) {
    return status >= 500 && status < 600;
  }
}
