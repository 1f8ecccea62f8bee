package inputs.nonretryableerrorretried;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.web.client.DefaultResponseErrorHandler;
import org.springframework.web.client.RestTemplate;

/**
 * Synchronises suppliers. The error handler raises its own exceptions; the sync retries the one it raises for client
 * errors other than throttling, so a 400 or a 404 is sent again three times.
 */
public class SupplierSyncRetriesTheClientErrorTypeItsHandlerThrows {

  /** The request was refused as it is. */
  public static class SupplierRequestRefusedException extends RuntimeException {
    public SupplierRequestRefusedException(int status) {
      super("refused with " + status);
    }
  }

  /** The API asked us to slow down. */
  public static class SupplierThrottledException extends RuntimeException {
    public SupplierThrottledException() {
      super("throttled");
    }
  }

  /** The API failed. */
  public static class SupplierApiDownException extends RuntimeException {
    public SupplierApiDownException(int status) {
      super("failed with " + status);
    }
  }

  /** The default handler's hasError (4xx and 5xx), with the application's exceptions. */
  static final class SupplierErrorHandler extends DefaultResponseErrorHandler {
    @Override
    public void handleError(URI url, HttpMethod method, ClientHttpResponse response) throws IOException {
      int status = response.getStatusCode().value();
      if (status == 429) {
        throw new SupplierThrottledException();
      }
      if (status >= 400 && status < 500) {
        throw new SupplierRequestRefusedException(status);
      }
      throw new SupplierApiDownException(status);
    }
  }

  private final RestTemplate restTemplate;

  public SupplierSyncRetriesTheClientErrorTypeItsHandlerThrows(RestTemplate restTemplate) {
    this.restTemplate = restTemplate;
    this.restTemplate.setErrorHandler(new SupplierErrorHandler());
  }

  // BUG: Diagnostic contains: NonRetryableErrorRetried
  // BUG: Diagnostic contains: RetryWithoutBackoff
  @Retryable(retryFor = SupplierRequestRefusedException.class, maxAttempts = 3, backoff = @Backoff(delay = 500))
  @SuppressWarnings("unchecked")
  public Map<String, Object> pushSupplier(int companyId, Map<String, Object> supplier) {
    return restTemplate.postForObject(
        "https://api-v2.fattureincloud.it/c/{companyId}/entities/suppliers", supplier, Map.class, companyId);
  }
}
