package inputs.retryafterignored;

import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.HttpStatusCodes;
import com.google.api.client.http.HttpUnsuccessfulResponseHandler;
import java.util.concurrent.TimeUnit;

/**
 * Unsuccessful-response handler of the Google HTTP Client that archives issued invoices from Fatture in Cloud: a
 * 429 or a 503 is re-sent after the seconds in its Retry-After header, a short pause when the header is missing.
 */
public class ArchiveGoogleHandlerWaitsForRetryAfter implements HttpUnsuccessfulResponseHandler {

  private static final long DEFAULT_PAUSE_SECONDS = 5;

  @Override
  public boolean handleResponse(HttpRequest request, HttpResponse response, boolean supportsRetry) {
    int status = response.getStatusCode();
    if (!supportsRetry
        || (status != 429 && status != HttpStatusCodes.STATUS_CODE_SERVICE_UNAVAILABLE)) {
      return false;
    }
    String retryAfter = response.getHeaders().getRetryAfter();
    long seconds = DEFAULT_PAUSE_SECONDS;
    if (retryAfter != null && retryAfter.trim().matches("\\d+")) {
      // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
      seconds = Long.parseLong(retryAfter.trim());
    }
    try {
      TimeUnit.SECONDS.sleep(seconds);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
