package inputs.nonretryableerrorretried;

import feign.Response;
import feign.RetryableException;
import feign.codec.ErrorDecoder;

/**
 * Error decoder of the Feign client that registers customers in Fatture in Cloud: every error status is turned into
 * a RetryableException, so a 422 for a missing VAT number or a 404 for a deleted company is re-sent until the
 * Retryer gives up, and a 429 is re-sent after Feign's own back-off instead of the Retry-After time.
 */
public class ClientRegistryFeignDecoderRetriesEveryErrorStatus implements ErrorDecoder {

  private final ErrorDecoder fallback = new ErrorDecoder.Default();

  @Override
  public Exception decode(String methodKey, Response response) {
    if (response.status() >= 400) {
      // BUG: Diagnostic contains: NonRetryableErrorRetried
      // BUG: Diagnostic contains: RetryAfterIgnored
      return new RetryableException(response.status(), "customer registry call " + methodKey + " failed",
          response.request().httpMethod(), (Long) null, response.request());
    }
    return fallback.decode(methodKey, response);
  }
}
