package inputs.retryafterignored;

import feign.Response;
import feign.RetryableException;
import feign.Util;
import feign.codec.ErrorDecoder;
import java.util.Collection;

/**
 * Error decoder of the Feign client that archives signed invoices: the exception is kept in a local and returned at
 * the end; a rate limit is retryable at the time the Retry-After header names, and a 503 is not retried at all.
 */
public class ArchiveFeignDecoderReturnsLocalWithRetryAfter implements ErrorDecoder {

  private final ErrorDecoder fallback = new ErrorDecoder.Default();

  @Override
  public Exception decode(String methodKey, Response response) {
    Exception error = null;
    if (response.status() == 429) {
      Collection<String> header = response.headers().get(Util.RETRY_AFTER);
      // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
      long seconds = header == null || header.isEmpty() ? 30L : Long.parseLong(header.iterator().next().trim());
      error = new RetryableException(429, "archive rate limited on " + methodKey,
          response.request().httpMethod(), System.currentTimeMillis() + seconds * 1000L, response.request());
    }
    if (error == null) {
      error = fallback.decode(methodKey, response);
    }
    return error;
  }
}
