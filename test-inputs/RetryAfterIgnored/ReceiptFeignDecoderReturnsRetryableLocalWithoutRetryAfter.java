package inputs.retryafterignored;

import feign.Response;
import feign.RetryableException;
import feign.codec.ErrorDecoder;

/**
 * Error decoder of the Feign client that registers receipts with Fatture in Cloud: the exception is built per status
 * into a local and returned at the end; an overloaded API (503) is handed back as retryable with no retry-after, so
 * Feign's Retryer re-sends on its own back-off instead of the server's Retry-After.
 */
public class ReceiptFeignDecoderReturnsRetryableLocalWithoutRetryAfter implements ErrorDecoder {

  private final ErrorDecoder fallback = new ErrorDecoder.Default();

  @Override
  public Exception decode(String methodKey, Response response) {
    Exception error;
    try {
      if (response.status() == 401) {
        error = new IllegalStateException("receipt API token rejected for " + methodKey);
      } else if (response.status() == 404) {
        error = new IllegalArgumentException("no such receipt register (" + methodKey + ")");
      } else if (response.status() == 503) {
        // BUG: Diagnostic contains: RetryAfterIgnored
        error = new RetryableException(response.status(), "receipt API unavailable, retrying",
            response.request().httpMethod(), (Long) null, response.request());
      } else {
        error = fallback.decode(methodKey, response);
      }
    } finally {
      response.close();
    }
    return error;
  }
}
