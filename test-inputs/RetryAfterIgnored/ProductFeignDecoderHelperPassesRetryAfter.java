package inputs.retryafterignored;

import feign.Response;
import feign.RetryableException;
import feign.Util;
import feign.codec.ErrorDecoder;
import java.util.Collection;

/**
 * Error decoder of the Feign client that syncs the product catalogue with Fatture in Cloud: rate limits and
 * maintenance windows become retryable exceptions, built by a helper that hands Feign's Retryer the moment the
 * Retry-After header asks for.
 */
public class ProductFeignDecoderHelperPassesRetryAfter implements ErrorDecoder {

  private final ErrorDecoder fallback = new ErrorDecoder.Default();

  @Override
  public Exception decode(String methodKey, Response response) {
    int status = response.status();
    if (status == 429 || status == 503) {
      return busy(response);
    }
    return fallback.decode(methodKey, response);
  }

  private RetryableException busy(Response response) {
    Collection<String> header = response.headers().get(Util.RETRY_AFTER);
    Long retryAt = header == null || header.isEmpty()
        ? null
        // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
        : System.currentTimeMillis() + Long.parseLong(header.iterator().next().trim()) * 1000L;
    return new RetryableException(response.status(), "product catalogue busy",
        response.request().httpMethod(), retryAt, response.request());
  }
}
