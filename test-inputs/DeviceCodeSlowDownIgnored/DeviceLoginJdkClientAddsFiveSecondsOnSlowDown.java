package inputs.devicecodeslowdownignored;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Signs the desktop app in with the device authorization grant, as RFC 8628 asks. */
public class DeviceLoginJdkClientAddsFiveSecondsOnSlowDown {
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();
  private final URI tokenEndpoint;
  private final String clientId;

  public DeviceLoginJdkClientAddsFiveSecondsOnSlowDown(URI tokenEndpoint, String clientId) {
    this.tokenEndpoint = tokenEndpoint;
    this.clientId = clientId;
  }

  public String awaitAccessToken(String deviceCode, int interval, int expiresIn)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plusSeconds(expiresIn);
    long waitSeconds = interval > 0 ? interval : 5;
    HttpRequest request =
        HttpRequest.newBuilder(tokenEndpoint)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code"
                        + "&device_code="
                        + deviceCode
                        + "&client_id="
                        + clientId))
            .timeout(Duration.ofSeconds(30))
            .build();
    while (Instant.now().isBefore(deadline)) {
      Thread.sleep(waitSeconds * 1000);
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200 && response.statusCode() != 400) {
        throw new IOException("token endpoint answered " + response.statusCode());
      }
      JsonNode body = mapper.readTree(response.body());
      if (response.statusCode() == 200) {
        return body.get("access_token").asText();
      }
      String error = body.path("error").asText();
      if ("slow_down".equals(error)) {
        waitSeconds += 5;
      } else if (!"authorization_pending".equals(error)) {
        throw new IOException("device login failed: " + error);
      }
    }
    throw new IOException("the device code expired before the user approved it");
  }
}
