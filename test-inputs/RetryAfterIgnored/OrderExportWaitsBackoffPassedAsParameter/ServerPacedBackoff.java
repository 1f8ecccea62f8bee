package inputs.retryafterignored.parameterbackoff;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import okhttp3.Response;

/** Waits what Retry-After asks for, in seconds or as an HTTP-date; half a second when it is absent. */
public class ServerPacedBackoff implements ExportBackoff {
  @Override
  public long waitMillis(Response response, int attempt) {
    String value = response.header("Retry-After");
    if (value == null) {
      return 500L * attempt;
    }
    try {
      return Long.parseLong(value.trim()) * 1_000L;
    } catch (NumberFormatException notSeconds) {
      ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
      return Math.max(0L, Duration.between(ZonedDateTime.now(), at).toMillis());
    }
  }
}
