package inputs.retryafterignored;

import feign.Response;
import feign.RetryableException;
import feign.Util;
import feign.codec.ErrorDecoder;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;

/**
 * Error decoder of the Feign client that downloads supplier invoices from Fatture in Cloud: only rate limits and
 * maintenance windows are retried, and Feign's Retryer is given the time from the Retry-After header (seconds or an
 * HTTP-date), so it waits as long as the API asks.
 */
public class SupplierInvoiceFeignDecoderPassesRetryAfterToRetryer implements ErrorDecoder {

  private final ErrorDecoder fallback = new ErrorDecoder.Default();

  @Override
  public Exception decode(String methodKey, Response response) {
    int status = response.status();
    if (status == 429 || status == 503) {
      Collection<String> header = response.headers().get(Util.RETRY_AFTER);
      Long retryAt = header == null || header.isEmpty() ? null : retryAt(header.iterator().next());
      return new RetryableException(status, "supplier invoices busy (" + status + ")",
          response.request().httpMethod(), retryAt, response.request());
    }
    return fallback.decode(methodKey, response);
  }

  /** The epoch millis at which to re-send, from delay-seconds or an HTTP-date; null when unreadable. */
  private static Long retryAt(String value) {
    try {
      return System.currentTimeMillis() + Long.parseLong(value.trim()) * 1000L;
    } catch (NumberFormatException notSeconds) {
      try {
        return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }
}
