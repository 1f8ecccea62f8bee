package inputs.retryafterignored;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Polls the delivery status of an e-invoice sent to SdI, re-polling every failed response. */
public class StatusPollerRetriesFailedResponsesWithResilience4j {

  private static final String STATUS_URL = "https://api-v2.fattureincloud.it/c/%d/issued_documents/%d/e_invoice/xml";

  private final OkHttpClient http;
  private final Retry retry;

  public StatusPollerRetriesFailedResponsesWithResilience4j(OkHttpClient http) {
    this.http = http;
    RetryConfig config = RetryConfig.<Response>custom()
        .maxAttempts(4)
        .retryOnResult(response -> response.code() >= 400)
        .waitDuration(Duration.ofSeconds(2))
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        // BUG: Diagnostic contains: RetryAfterIgnored
        // BUG: Diagnostic contains: RetryWithoutBackoff
        .build();
    this.retry = Retry.of("sdi-status", config);
  }

  public Response poll(int companyId, int documentId) {
    Request request = new Request.Builder().url(String.format(STATUS_URL, companyId, documentId)).get().build();
    return retry.executeSupplier(() -> {
      try {
        return http.newCall(request).execute();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
