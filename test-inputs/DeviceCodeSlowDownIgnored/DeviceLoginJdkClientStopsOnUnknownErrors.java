package inputs.devicecodeslowdownignored;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Device sign-in of the field-service app: keeps polling only on authorization_pending and stops on
 * anything else, slow_down included.
 */
public class DeviceLoginJdkClientStopsOnUnknownErrors {
  private final HttpClient http;
  private final ObjectMapper mapper = new ObjectMapper();
  private final URI tokenEndpoint;

  public DeviceLoginJdkClientStopsOnUnknownErrors(HttpClient http, URI tokenEndpoint) {
    this.http = http;
    this.tokenEndpoint = tokenEndpoint;
  }

  public String awaitToken(String deviceCode, int interval)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(tokenEndpoint)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "grant_type=urn:ietf:params:oauth:grant-type:device_code&device_code="
                        + deviceCode))
            .build();
    while (true) {
      Thread.sleep(interval * 1000L);
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200 && response.statusCode() != 400) {
        throw new IOException("token endpoint answered " + response.statusCode());
      }
      JsonNode body = mapper.readTree(response.body());
      if (response.statusCode() == 200) {
        return body.get("access_token").asText();
      }
      if ("authorization_pending".equals(body.path("error").asText())) {
        continue;
      }
      throw new IOException("device sign-in stopped: " + body.path("error").asText());
    }
  }
}
