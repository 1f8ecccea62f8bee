package inputs.retryafterhttpdateunsupported;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Digits are seconds, anything else goes to a same-class helper that reads an HTTP-date. */
public class SupplierSyncOkHttpInterceptorChecksDigitsBeforeHttpDate implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    String header = response.header("Retry-After");
    if (response.code() != 429 || header == null) {
      return response;
    }
    long millis =
        header.matches("\\d+") ? Long.parseLong(header) * 1000L : untilHttpDate(header).toMillis();
    response.close();
    try {
      Thread.sleep(Math.max(0, millis));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException();
    }
    return chain.proceed(request);
  }

  private static Duration untilHttpDate(String value) {
    Instant until = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    return Duration.between(Instant.now(), until);
  }
}
