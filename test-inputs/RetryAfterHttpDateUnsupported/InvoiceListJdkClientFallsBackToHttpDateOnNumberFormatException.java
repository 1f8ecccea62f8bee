package inputs.retryafterhttpdateunsupported;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Retry-After as seconds, else as an HTTP-date (a date in the past means no wait). */
public class InvoiceListJdkClientFallsBackToHttpDateOnNumberFormatException {
  private final HttpClient client = HttpClient.newHttpClient();

  public String list(URI uri) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).GET().build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 429) {
      String value = response.headers().firstValue("Retry-After").orElse("5");
      Duration wait;
      try {
        wait = Duration.ofSeconds(Long.parseLong(value.trim()));
      } catch (NumberFormatException notSeconds) {
        ZonedDateTime until = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
        wait = Duration.between(ZonedDateTime.now(), until);
      }
      if (!wait.isNegative()) {
        Thread.sleep(wait.toMillis());
      }
      response = client.send(request, HttpResponse.BodyHandlers.ofString());
    }
    return response.body();
  }
}
