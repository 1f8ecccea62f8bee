package inputs.nonretryableerrorretried;

import java.io.IOException;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Pushes till receipts to the fiscal archive in the background. */
public class ReceiptPushOkHttpCallbackResendsCapturedRequestOnClientErrors {

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient client;
  private final String archiveUrl;

  public ReceiptPushOkHttpCallbackResendsCapturedRequestOnClientErrors(
      OkHttpClient client, String archiveUrl) {
    this.client = client;
    this.archiveUrl = archiveUrl;
  }

  public void push(String receiptJson) {
    Request request =
        new Request.Builder()
            .url(archiveUrl + "/receipts")
            .post(RequestBody.create(receiptJson, JSON))
            .build();
    client
        .newCall(request)
        .enqueue(
            new Callback() {
              private int retriesLeft = 3;

              @Override
              public void onResponse(Call call, Response response) {
                int status = response.code();
                response.close();
                if (status >= 400 && status < 500 && status != 429 && retriesLeft-- > 0) {
                  // BUG: Diagnostic contains: NonRetryableErrorRetried
                  // BUG: Diagnostic contains: RetryWithoutBackoff
                  client.newCall(request).enqueue(this);
                }
              }

              @Override
              public void onFailure(Call call, IOException e) {
                if (retriesLeft-- > 0) {
                  client.newCall(request).enqueue(this);
                }
              }
            });
  }
}
