package inputs.retryafterignored.injectedbackoff;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Waits what Retry-After asks for (seconds or an HTTP-date), or a doubling second when it is absent. */
public class RetryAfterBackoff implements ThrottleBackoff {
  @Override
  public long delayMillis(HttpResponse<?> response, int attempt) {
    String value = response.headers().firstValue("Retry-After").orElse(null);
    if (value == null) {
      return 1_000L << Math.min(attempt, 5);
    }
    try {
      return Long.parseLong(value.trim()) * 1_000L;
    } catch (NumberFormatException notSeconds) {
      ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
      return Math.max(0L, Duration.between(ZonedDateTime.now(), at).toMillis());
    }
  }
}
