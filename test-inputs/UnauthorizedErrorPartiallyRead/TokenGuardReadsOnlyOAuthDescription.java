package inputs.unauthorized;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Checks before a nightly sync that the stored token still opens the company. */
public class TokenGuardReadsOnlyOAuthDescription {
  private final HttpClient http = HttpClient.newHttpClient();

  public void assertTokenWorks(String token, int companyId) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(
            URI.create("https://api-v2.fattureincloud.it/c/" + companyId + "/info/vat_types"))
        .header("Authorization", "Bearer " + token)
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 401) {
      JsonObject error = JsonParser.parseString(response.body()).getAsJsonObject();
      // A user without access to the company gets the API format, with no error_description.
      // BUG: Diagnostic contains: UnauthorizedErrorPartiallyRead
      throw new SecurityException("token rejected: " + error.get("error_description").getAsString());
    }
    if (response.statusCode() != 200) {
      throw new IOException("vat types: HTTP " + response.statusCode() + " " + response.body());
    }
  }
}
