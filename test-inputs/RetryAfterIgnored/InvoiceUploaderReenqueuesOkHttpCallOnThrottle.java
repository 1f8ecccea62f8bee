package inputs.retryafterignored;

import java.io.IOException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Uploads issued invoices to the e-invoicing gateway without blocking the caller. */
public class InvoiceUploaderReenqueuesOkHttpCallOnThrottle {

  private static final MediaType JSON = MediaType.get("application/json");
  private static final int MAX_ATTEMPTS = 5;

  private final OkHttpClient client;
  private final ScheduledExecutorService scheduler;
  private final String baseUrl;

  public InvoiceUploaderReenqueuesOkHttpCallOnThrottle(
      OkHttpClient client, ScheduledExecutorService scheduler, String baseUrl) {
    this.client = client;
    this.scheduler = scheduler;
    this.baseUrl = baseUrl;
  }

  public void upload(String invoiceJson) {
    Request request =
        new Request.Builder()
            .url(baseUrl + "/v1/invoices")
            .post(RequestBody.create(invoiceJson, JSON))
            .build();
    client.newCall(request).enqueue(new UploadCallback(1));
  }

  private final class UploadCallback implements Callback {
    private final int attempt;

    UploadCallback(int attempt) {
      this.attempt = attempt;
    }

    @Override
    public void onResponse(Call call, Response response) throws IOException {
      try (response) {
        if (response.code() == 429 && attempt < MAX_ATTEMPTS) {
          long backoffMillis = 500L << attempt;
          // BUG: Diagnostic contains: RetryAfterIgnored
          scheduler.schedule(
              () -> call.clone().enqueue(new UploadCallback(attempt + 1)),
              backoffMillis,
              TimeUnit.MILLISECONDS);
          return;
        }
        if (!response.isSuccessful()) {
          System.err.println("invoice upload failed: HTTP " + response.code());
        }
      }
    }

    @Override
    public void onFailure(Call call, IOException e) {
      if (attempt < MAX_ATTEMPTS) {
        call.clone().enqueue(new UploadCallback(attempt + 1));
      }
    }
  }
}
