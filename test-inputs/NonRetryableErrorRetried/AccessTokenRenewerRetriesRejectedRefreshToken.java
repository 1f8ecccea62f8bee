package inputs.nonretryableerrorretried;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Renews the Fatture in Cloud access token of a connected account before the daily sync starts. */
public class AccessTokenRenewerRetriesRejectedRefreshToken {

  private static final URI TOKEN_ENDPOINT = URI.create("https://api-v2.fattureincloud.it/oauth/token");
  private static final int MAX_ATTEMPTS = 3;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();
  private final String clientId;
  private final String clientSecret;

  public AccessTokenRenewerRetriesRejectedRefreshToken(String clientId, String clientSecret) {
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  public String renew(String refreshToken) throws IOException, InterruptedException {
    String json = mapper.writeValueAsString(Map.of(
        "grant_type", "refresh_token",
        "client_id", clientId,
        "client_secret", clientSecret,
        "refresh_token", refreshToken));
    HttpRequest request = HttpRequest.newBuilder(TOKEN_ENDPOINT)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();

    HttpResponse<String> response = null;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      // BUG: Diagnostic contains: NonRetryableErrorRetried
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      if (status == HttpURLConnection.HTTP_OK) {
        JsonNode token = mapper.readTree(response.body());
        return token.path("access_token").asText();
      }
      if (status == HttpURLConnection.HTTP_BAD_REQUEST || status >= 500) {
        // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
        long retryAfter = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(0L);
        Thread.sleep(Math.max(2_000L * attempt, retryAfter * 1000L));
        continue;
      }
      break;
    }
    throw new IOException("token renewal failed: HTTP " + response.statusCode() + " " + response.body());
  }
}
