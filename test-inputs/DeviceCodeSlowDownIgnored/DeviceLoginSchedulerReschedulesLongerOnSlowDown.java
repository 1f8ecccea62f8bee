package inputs.devicecodeslowdownignored;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Device sign-in of the smart-TV dashboard: each poll schedules the next one. */
public class DeviceLoginSchedulerReschedulesLongerOnSlowDown {
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();
  private final ScheduledExecutorService scheduler;
  private final URI tokenEndpoint;

  public DeviceLoginSchedulerReschedulesLongerOnSlowDown(
      ScheduledExecutorService scheduler, URI tokenEndpoint) {
    this.scheduler = scheduler;
    this.tokenEndpoint = tokenEndpoint;
  }

  public void poll(String deviceCode, long interval, CompletableFuture<String> token) {
    HttpRequest request =
        HttpRequest.newBuilder(tokenEndpoint)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "grant_type=urn:ietf:params:oauth:grant-type:device_code&device_code="
                        + deviceCode))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200 && response.statusCode() != 400) {
        token.completeExceptionally(new IOException("status " + response.statusCode()));
        return;
      }
      JsonNode body = mapper.readTree(response.body());
      if (response.statusCode() == 200) {
        token.complete(body.get("access_token").asText());
        return;
      }
      String error = body.path("error").asText();
      if ("authorization_pending".equals(error)) {
        scheduler.schedule(() -> poll(deviceCode, interval, token), interval, TimeUnit.SECONDS);
      } else if ("slow_down".equals(error)) {
        long slower = interval + 5;
        scheduler.schedule(() -> poll(deviceCode, slower, token), interval + 5, TimeUnit.SECONDS);
      } else {
        token.completeExceptionally(new IOException("device sign-in failed: " + error));
      }
    } catch (IOException e) {
      token.completeExceptionally(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      token.completeExceptionally(e);
    }
  }
}
