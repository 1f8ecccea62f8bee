package inputs.retryafterignored;

import feign.Response;
import feign.RetryableException;
import feign.codec.ErrorDecoder;

/**
 * Error decoder of the Feign client that looks up clients in Fatture in Cloud: rate limits are turned into retryable
 * exceptions by a helper that never passes the Retry-After time, so Feign's Retryer waits its own interval.
 */
public class ClientDirectoryFeignDecoderBuildsRetryableInHelper implements ErrorDecoder {

  private final ErrorDecoder fallback = new ErrorDecoder.Default();

  @Override
  public Exception decode(String methodKey, Response response) {
    if (response.status() == 429) {
      return throttled(response, methodKey);
    }
    return fallback.decode(methodKey, response);
  }

  private RetryableException throttled(Response response, String methodKey) {
    // BUG: Diagnostic contains: RetryAfterIgnored
    return new RetryableException(response.status(), "client directory throttled on " + methodKey,
        response.request().httpMethod(), response.request());
  }
}
