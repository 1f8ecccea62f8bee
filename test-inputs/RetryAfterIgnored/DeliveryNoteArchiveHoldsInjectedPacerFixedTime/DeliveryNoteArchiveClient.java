package inputs.retryafterignored.injectedfixedpacer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Downloads archived delivery notes; a throttled download holds two seconds through the injected pacer, whatever
 * Retry-After asks, then sends again.
 */
public class DeliveryNoteArchiveClient {
  private static final int MAX_ATTEMPTS = 5;

  private final HttpClient http;
  private final ArchivePacer pacer;

  public DeliveryNoteArchiveClient(HttpClient http, ArchivePacer pacer) {
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
      // BUG: Diagnostic contains: RetryAfterIgnored
      // BUG: Diagnostic contains: RetryWithoutBackoff
      pacer.hold(2_000L);
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
