package inputs.retryafterignored.injectedpacer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Downloads delivery notes; a throttled download holds, through the injected pacer, as long as Retry-After asks
 * (seconds or an HTTP-date), then sends again.
 */
public class DeliveryNoteDownloadClient {
  private static final int MAX_ATTEMPTS = 5;

  private final HttpClient http;
  private final Pacer pacer;

  public DeliveryNoteDownloadClient(HttpClient http, Pacer pacer) {
    this.http = http;
    this.pacer = pacer;
  }

  public String download(URI uri) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).GET().build();
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 429 || attempt == MAX_ATTEMPTS) {
        return response.body();
      }
      pacer.hold(retryAfter(response).toMillis());
    }
  }

  /** Retry-After as seconds, else as an HTTP-date; a second when it is absent. */
  static Duration retryAfter(HttpResponse<?> response) {
    String value = response.headers().firstValue("Retry-After").orElse("1").trim();
    try {
      return Duration.ofSeconds(Long.parseLong(value));
    } catch (NumberFormatException notSeconds) {
      ZonedDateTime until = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(ZonedDateTime.now(), until);
      return wait.isNegative() ? Duration.ZERO : wait;
    }
  }
}
