package inputs.unauthorized;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls the API with a stored token; a 401 tells the user why, in either of its two formats. */
public class TokenRefresherChecksErrorType {
  private final HttpClient http = HttpClient.newHttpClient();

  public String companies(String token) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("https://api-v2.fattureincloud.it/user/companies"))
        .header("Authorization", "Bearer " + token)
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 401) {
      JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
      JsonElement error = body.get("error");
      String reason = error.isJsonObject()
          ? error.getAsJsonObject().get("message").getAsString()
          : body.get("error_description").getAsString();
      throw new SecurityException("token refused: " + reason);
    }
    if (response.statusCode() != 200) {
      throw new IOException("companies: HTTP " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }
}
