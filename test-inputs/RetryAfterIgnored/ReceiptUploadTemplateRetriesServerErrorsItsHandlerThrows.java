package inputs.retryafterignored;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.ResponseErrorHandler;
import org.springframework.web.client.RestTemplate;

/**
 * Uploads receipts. The error handler turns a server error into a retryable exception and a client error into a final
 * one; the retry template retries the retryable one with its own exponential back-off, so a 503 is re-sent without
 * looking at Retry-After.
 */
public class ReceiptUploadTemplateRetriesServerErrorsItsHandlerThrows {

  /** A failure worth another attempt. */
  public static class ReceiptServiceBusyException extends RuntimeException {
    public ReceiptServiceBusyException(String message) {
      super(message);
    }
  }

  /** A failure that another attempt will not fix. */
  public static class ReceiptRejectedException extends RuntimeException {
    public ReceiptRejectedException(String message) {
      super(message);
    }
  }

  /** Reads every error response into one of the two exceptions. */
  static final class ReceiptErrorHandler implements ResponseErrorHandler {
    @Override
    public boolean hasError(ClientHttpResponse response) throws IOException {
      return response.getStatusCode().isError();
    }

    @Override
    public void handleError(URI url, HttpMethod method, ClientHttpResponse response) throws IOException {
      HttpStatusCode status = response.getStatusCode();
      String body = StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8);
      if (status.is5xxServerError()) {
        throw new ReceiptServiceBusyException(status.value() + ": " + body);
      }
      throw new ReceiptRejectedException(status.value() + ": " + body);
    }
  }

  private static final RetryTemplate UPLOAD_RETRY = RetryTemplate.builder()
      .maxAttempts(6)
      .retryOn(ReceiptServiceBusyException.class)
      .exponentialBackoff(Duration.ofSeconds(1), 2.0, Duration.ofMinutes(1))
      // BUG: Diagnostic contains: RetryAfterIgnored
      .build();

  private final RestTemplate restTemplate;

  public ReceiptUploadTemplateRetriesServerErrorsItsHandlerThrows(RestTemplate restTemplate) {
    this.restTemplate = restTemplate;
    this.restTemplate.setErrorHandler(new ReceiptErrorHandler());
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> upload(int companyId, Map<String, Object> receipt) {
    return UPLOAD_RETRY.execute(context -> restTemplate.postForObject(
        "https://api-v2.fattureincloud.it/c/{companyId}/receipts", receipt, Map.class, companyId));
  }
}
