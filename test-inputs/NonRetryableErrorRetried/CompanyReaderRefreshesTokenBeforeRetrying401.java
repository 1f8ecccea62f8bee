package inputs.nonretryableerrorretried;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Reads the companies of a linked account; an expired access token is renewed once, then the read goes out again. */
public class CompanyReaderRefreshesTokenBeforeRetrying401 {

  private static final URI COMPANIES = URI.create("https://api-v2.fattureincloud.it/user/companies");
  private static final URI TOKEN_ENDPOINT = URI.create("https://api-v2.fattureincloud.it/oauth/token");

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();
  private final String clientId;
  private final String clientSecret;
  private String accessToken;
  private String refreshToken;

  public CompanyReaderRefreshesTokenBeforeRetrying401(String clientId, String clientSecret, String accessToken,
      String refreshToken) {
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.accessToken = accessToken;
    this.refreshToken = refreshToken;
  }

  public String companies() throws IOException, InterruptedException {
    boolean refreshed = false;
    while (true) {
      HttpRequest request = HttpRequest.newBuilder(COMPANIES)
          .header("Authorization", "Bearer " + accessToken)
          .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 401 && !refreshed) {
        refreshAccessToken();
        refreshed = true;
        continue;
      }
      if (response.statusCode() != 200) {
        throw new IOException("GET /user/companies: HTTP " + response.statusCode() + " " + response.body());
      }
      return response.body();
    }
  }

  private void refreshAccessToken() throws IOException, InterruptedException {
    String form = mapper.writeValueAsString(Map.of("grant_type", "refresh_token", "client_id", clientId,
        "client_secret", clientSecret, "refresh_token", refreshToken));
    HttpRequest request = HttpRequest.newBuilder(TOKEN_ENDPOINT)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("refresh token rejected: HTTP " + response.statusCode() + " " + response.body());
    }
    JsonNode token = mapper.readTree(response.body());
    accessToken = token.path("access_token").asText();
    refreshToken = token.path("refresh_token").asText(refreshToken);
  }
}
