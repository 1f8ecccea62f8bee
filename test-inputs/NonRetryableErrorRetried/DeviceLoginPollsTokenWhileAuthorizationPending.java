package inputs.nonretryableerrorretried;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Signs the desktop till app in to Fatture in Cloud with the OAuth 2.0 Device Code flow. */
public class DeviceLoginPollsTokenWhileAuthorizationPending {

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();
  private final URI tokenUri;
  private final String clientId;

  public DeviceLoginPollsTokenWhileAuthorizationPending(URI tokenUri, String clientId) {
    this.tokenUri = tokenUri;
    this.clientId = clientId;
  }

  public String awaitAccessToken(String deviceCode, int intervalSeconds, long expiresAtMillis)
      throws IOException, InterruptedException {
    String form =
        "grant_type=" + URLEncoder.encode("urn:ietf:params:oauth:grant-type:device_code", StandardCharsets.UTF_8)
            + "&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&device_code=" + URLEncoder.encode(deviceCode, StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(tokenUri)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    long interval = intervalSeconds;
    while (System.currentTimeMillis() < expiresAtMillis) {
      Thread.sleep(interval * 1_000L);
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      JsonNode body = mapper.readTree(response.body());
      if (response.statusCode() == 200) {
        return body.path("access_token").asText();
      }
      switch (body.path("error").asText()) {
        case "authorization_pending":
          break;
        case "slow_down":
          interval += 5;
          break;
        default:
          throw new IOException("device login failed: HTTP " + response.statusCode() + " " + response.body());
      }
    }
    throw new IOException("the device code expired before the user approved it");
  }
}
