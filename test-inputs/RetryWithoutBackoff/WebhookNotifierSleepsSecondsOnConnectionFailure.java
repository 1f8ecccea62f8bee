package inputs.retrywithoutbackoff;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

/** Notifies the shop's webhook that an invoice was paid. */
public class WebhookNotifierSleepsSecondsOnConnectionFailure {

  private static final int RETRY_SECONDS = 10;
  private static final int MAX_ATTEMPTS = 5;

  private final HttpClient http;

  public WebhookNotifierSleepsSecondsOnConnectionFailure(HttpClient http) {
    this.http = http;
  }

  public int notifyPaid(URI webhook, String payload) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(webhook)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(payload))
        .build();
    int attempt = 0;
    while (true) {
      try {
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      } catch (IOException e) {
        if (++attempt >= MAX_ATTEMPTS) {
          throw e;
        }
        // BUG: Diagnostic contains: RetryWithoutBackoff
        TimeUnit.SECONDS.sleep(RETRY_SECONDS);
      }
    }
  }
}
