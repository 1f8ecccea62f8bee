package inputs.retryafterignored;

import feign.Response;
import feign.RetryableException;
import feign.codec.ErrorDecoder;

/**
 * Error decoder of the Feign client that pushes issued invoices to Fatture in Cloud: rate limits and maintenance
 * windows are handed back to Feign as retryable, but without the Retry-After time, so Feign's Retryer waits its own
 * 100 ms back-off and hits the limit again.
 */
public class InvoiceSyncFeignDecoderRetriesRateLimitOnOwnBackoff implements ErrorDecoder {

  private final ErrorDecoder fallback = new ErrorDecoder.Default();

  @Override
  public Exception decode(String methodKey, Response response) {
    int status = response.status();
    if (status == 429 || status == 503) {
      // BUG: Diagnostic contains: RetryAfterIgnored
      return new RetryableException(status, "Fatture in Cloud is busy (" + status + ") on " + methodKey,
          response.request().httpMethod(), (Long) null, response.request());
    }
    return fallback.decode(methodKey, response);
  }
}
