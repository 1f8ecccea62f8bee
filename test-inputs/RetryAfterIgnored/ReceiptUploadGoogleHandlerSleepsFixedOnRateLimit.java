package inputs.retryafterignored;

import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.HttpUnsuccessfulResponseHandler;
import java.util.concurrent.TimeUnit;

/**
 * Unsuccessful-response handler of the Google HTTP Client that uploads expense receipts to Fatture in Cloud: a 429
 * or a 503 is re-sent after a fixed two seconds.
 */
public class ReceiptUploadGoogleHandlerSleepsFixedOnRateLimit implements HttpUnsuccessfulResponseHandler {

  private static final long PAUSE_SECONDS = 2;

  @Override
  // BUG: Diagnostic contains: RetryAfterIgnored
  public boolean handleResponse(HttpRequest request, HttpResponse response, boolean supportsRetry) {
    if (!supportsRetry) {
      return false;
    }
    int status = response.getStatusCode();
    if (status == 429 || status == 503) {
      try {
        TimeUnit.SECONDS.sleep(PAUSE_SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
      return true;
    }
    return false;
  }
}
