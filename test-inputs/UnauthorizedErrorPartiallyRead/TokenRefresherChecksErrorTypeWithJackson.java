package inputs.unauthorizederrorpartiallyread;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Keeps a connected account's tokens fresh: it probes the API with the stored access token and, on a 401, looks at
 * the JSON type of error to tell the two formats apart. An OAuth error (error is a string, with error_description)
 * is answered by trying the refresh token; an API error (error is an object, with error.message) is reported as it
 * is.
 */
public class TokenRefresherChecksErrorTypeWithJackson {

  /** What the probe concluded. */
  public record ProbeOutcome(boolean tokenValid, boolean refreshed, String reason) {}

  private static final String API_BASE = "https://api-v2.fattureincloud.it";

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();
  private final String clientId;
  private final String clientSecret;

  public TokenRefresherChecksErrorTypeWithJackson(String clientId, String clientSecret) {
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  public ProbeOutcome probe(String accessToken, String refreshToken) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(API_BASE + "/user/info"))
        .header("Authorization", "Bearer " + accessToken)
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 200) {
      return new ProbeOutcome(true, false, "ok");
    }
    if (response.statusCode() != 401) {
      throw new IOException("user info probe failed with HTTP " + response.statusCode() + ": " + response.body());
    }
    JsonNode body = mapper.readTree(response.body());
    JsonNode error = body.path("error");
    if (error.isObject()) {
      return new ProbeOutcome(false, false, "access lost: " + error.path("message").asText());
    }
    if (error.isTextual()) {
      String description = body.path("error_description").asText(error.asText());
      return new ProbeOutcome(false, exchangeRefreshToken(refreshToken), "token refused: " + description);
    }
    return new ProbeOutcome(false, false, "unrecognised 401 body");
  }

  private boolean exchangeRefreshToken(String refreshToken) throws IOException, InterruptedException {
    String form = "grant_type=refresh_token&client_id=" + enc(clientId) + "&client_secret=" + enc(clientSecret)
        + "&refresh_token=" + enc(refreshToken);
    HttpRequest request = HttpRequest.newBuilder(URI.create(API_BASE + "/oauth/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
