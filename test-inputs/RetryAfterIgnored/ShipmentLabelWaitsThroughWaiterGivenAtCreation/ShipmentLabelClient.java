package inputs.retryafterignored.waiteratcreation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Prints shipment labels; a throttled or unavailable print waits, through the waiter given at creation, as long as
 * Retry-After asks (seconds or an HTTP-date), then sends again.
 */
public class ShipmentLabelClient {
  private final HttpClient http;
  private final LabelWaiter waiter;

  public ShipmentLabelClient(HttpClient http, LabelWaiter waiter) {
    this.http = http;
    this.waiter = waiter;
  }

  public byte[] print(URI uri, String labelJson) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(labelJson)).build();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    for (int attempt = 1; attempt < 4 && (response.statusCode() == 429 || response.statusCode() == 503); attempt++) {
      waiter.await(serverWait(response).toMillis());
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
    if (response.statusCode() >= 300) {
      throw new IOException("label not printed: " + response.statusCode());
    }
    return response.body();
  }

  private static Duration serverWait(HttpResponse<?> response) {
    String value = response.headers().firstValue("Retry-After").orElse("2").trim();
    try {
      return Duration.ofSeconds(Long.parseLong(value));
    } catch (NumberFormatException notSeconds) {
      ZonedDateTime until = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(ZonedDateTime.now(), until);
      return wait.isNegative() ? Duration.ZERO : wait;
    }
  }
}
