package inputs.devicecodeslowdownignored;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

/** Device sign-in of the mobile companion's backend, written as a recursive poll. */
public class DeviceLoginRecursesAtSameIntervalOnSlowDown {
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();
  private final URI tokenEndpoint;

  public DeviceLoginRecursesAtSameIntervalOnSlowDown(URI tokenEndpoint) {
    this.tokenEndpoint = tokenEndpoint;
  }

  public String poll(String deviceCode, long intervalSeconds)
      throws IOException, InterruptedException {
    TimeUnit.SECONDS.sleep(intervalSeconds);
    HttpRequest request =
        HttpRequest.newBuilder(tokenEndpoint)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "grant_type=urn:ietf:params:oauth:grant-type:device_code&device_code="
                        + deviceCode))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200 && response.statusCode() != 400) {
      throw new IOException("token endpoint answered " + response.statusCode());
    }
    JsonNode body = mapper.readTree(response.body());
    if (response.statusCode() == 200) {
      return body.get("access_token").asText();
    }
    switch (body.path("error").asText()) {
      case "authorization_pending":
      case "slow_down":
        // BUG: Diagnostic contains: DeviceCodeSlowDownIgnored
        return poll(deviceCode, intervalSeconds);
      default:
        throw new IOException("device sign-in failed: " + body.path("error").asText());
    }
  }
}
