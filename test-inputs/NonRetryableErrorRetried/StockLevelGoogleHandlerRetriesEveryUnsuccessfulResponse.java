package inputs.nonretryableerrorretried;

import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.HttpUnsuccessfulResponseHandler;
import com.google.api.client.util.BackOff;
import com.google.api.client.util.BackOffUtils;
import com.google.api.client.util.ExponentialBackOff;
import com.google.api.client.util.Sleeper;
import java.io.IOException;

/**
 * Unsuccessful-response handler of the Google HTTP Client that reads stock levels from a Fatture in Cloud
 * warehouse integration: any unsuccessful response is re-sent after the next exponential back-off, a 404 for a
 * deleted product included.
 */
public class StockLevelGoogleHandlerRetriesEveryUnsuccessfulResponse implements HttpUnsuccessfulResponseHandler {

  private final BackOff backOff = new ExponentialBackOff();

  @Override
  // BUG: Diagnostic contains: NonRetryableErrorRetried
  // BUG: Diagnostic contains: RetryAfterIgnored
  public boolean handleResponse(HttpRequest request, HttpResponse response, boolean supportsRetry)
      throws IOException {
    if (!supportsRetry || response.isSuccessStatusCode()) {
      return false;
    }
    try {
      return BackOffUtils.next(Sleeper.DEFAULT, backOff);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
