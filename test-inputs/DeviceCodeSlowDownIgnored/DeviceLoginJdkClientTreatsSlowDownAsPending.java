package inputs.devicecodeslowdownignored;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Signs the command-line tool in with the device authorization grant. */
public class DeviceLoginJdkClientTreatsSlowDownAsPending {
  private static final String TOKEN_URL = "https://api-v2.fattureincloud.it/oauth/token";
  private static final String DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();
  private final String clientId;

  public DeviceLoginJdkClientTreatsSlowDownAsPending(String clientId) {
    this.clientId = clientId;
  }

  public String awaitAccessToken(String deviceCode, int intervalSeconds)
      throws IOException, InterruptedException {
    String form =
        "grant_type="
            + URLEncoder.encode(DEVICE_GRANT, StandardCharsets.UTF_8)
            + "&client_id="
            + clientId
            + "&device_code="
            + deviceCode;
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(TOKEN_URL))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    while (true) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200 && response.statusCode() != 400) {
        throw new IOException("token endpoint answered " + response.statusCode());
      }
      JsonNode body = mapper.readTree(response.body());
      if (response.statusCode() == 200) {
        return body.get("access_token").asText();
      }
      String error = body.path("error").asText();
      if ("authorization_pending".equals(error) || "slow_down".equals(error)) {
        // BUG: Diagnostic contains: DeviceCodeSlowDownIgnored
        Thread.sleep(intervalSeconds * 1000L);
        continue;
      }
      throw new IOException("device login failed: " + error);
    }
  }
}
