package inputs.unauthorizederrorpartiallyread;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * One poll of the OAuth 2.0 Device Code flow for the point-of-sale terminal; a scheduler calls {@link #poll} every
 * interval seconds. The 400 answers of the token endpoint (authorization_pending, slow_down, access_denied,
 * expired_token) are always in the OAuth format, so reading error and error_description is complete. Any other
 * status is reported with the whole body.
 */
public class DeviceCodePollerReadsOAuthErrorOn400 {

  /** What one poll found. */
  public sealed interface PollResult permits Pending, SlowDown, Denied, Granted {}

  public record Pending() implements PollResult {}

  public record SlowDown() implements PollResult {}

  public record Denied(String error, String description) implements PollResult {}

  public record Granted(String accessToken, String refreshToken, long expiresIn) implements PollResult {}

  private static final URI TOKEN_ENDPOINT = URI.create("https://api-v2.fattureincloud.it/oauth/token");

  private final HttpClient http = HttpClient.newHttpClient();
  private final String clientId;

  public DeviceCodePollerReadsOAuthErrorOn400(String clientId) {
    this.clientId = clientId;
  }

  public PollResult poll(String deviceCode) throws IOException, InterruptedException {
    String form = "grant_type=" + enc("urn:ietf:params:oauth:grant-type:device_code") + "&client_id="
        + enc(clientId) + "&device_code=" + enc(deviceCode);
    HttpRequest request = HttpRequest.newBuilder(TOKEN_ENDPOINT)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    int status = response.statusCode();
    if (status == 400) {
      JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
      String error = body.get("error").getAsString();
      JsonElement description = body.get("error_description");
      switch (error) {
        case "authorization_pending":
          return new Pending();
        case "slow_down":
          return new SlowDown();
        default:
          return new Denied(error, description == null ? "" : description.getAsString());
      }
    }
    if (status != 200) {
      throw new IOException("device token poll failed with HTTP " + status + ": " + response.body());
    }
    JsonObject token = JsonParser.parseString(response.body()).getAsJsonObject();
    return new Granted(token.get("access_token").getAsString(), token.get("refresh_token").getAsString(),
        token.get("expires_in").getAsLong());
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
