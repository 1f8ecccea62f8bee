package inputs.unauthorized;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Exchanges an authorization code for tokens; the token endpoint answers errors in the OAuth format. */
public class TokenEndpointBadRequestReadsOAuthFields {
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();

  public JsonNode exchange(String clientId, String secret, String code, String redirectUri)
      throws IOException, InterruptedException {
    String form = "grant_type=authorization_code&client_id=" + enc(clientId) + "&client_secret=" + enc(secret)
        + "&code=" + enc(code) + "&redirect_uri=" + enc(redirectUri);
    HttpRequest request = HttpRequest.newBuilder(URI.create("https://api-v2.fattureincloud.it/oauth/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 400) {
      // 400 from the OAuth flows is always the OAuth format.
      JsonNode error = mapper.readTree(response.body());
      throw new IOException(error.path("error").asText() + ": " + error.path("error_description").asText());
    }
    if (response.statusCode() != 200) {
      throw new IOException("token endpoint: HTTP " + response.statusCode() + " " + response.body());
    }
    return mapper.readTree(response.body());
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
