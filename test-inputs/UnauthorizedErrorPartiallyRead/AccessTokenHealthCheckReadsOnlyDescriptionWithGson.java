package inputs.unauthorizederrorpartiallyread;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Checks, before the nightly export starts, that the stored access token still opens the company. A 401 is turned
 * into a health-check failure whose text comes from error_description: a 401 in the API format
 * ({"error": {"message": ...}}) has no error_description, get(...) returns null and the check fails with a
 * NullPointerException instead of the reason.
 */
public class AccessTokenHealthCheckReadsOnlyDescriptionWithGson {

  /** The outcome shown on the integration's status page. */
  public record HealthStatus(boolean healthy, String detail) {}

  private static final String API_BASE = "https://api-v2.fattureincloud.it";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  public HealthStatus check(String accessToken, int companyId) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(API_BASE + "/c/" + companyId + "/info/vat_types"))
        .header("Authorization", "Bearer " + accessToken)
        .header("Accept", "application/json")
        .timeout(Duration.ofSeconds(20))
        .GET()
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    int status = response.statusCode();
    if (status == 200) {
      return new HealthStatus(true, "token accepted for company " + companyId);
    }
    if (status == 401) {
      JsonObject error = JsonParser.parseString(response.body()).getAsJsonObject();
      // BUG: Diagnostic contains: UnauthorizedErrorPartiallyRead
      String description = error.get("error_description").getAsString();
      return new HealthStatus(false, "token rejected: " + description);
    }
    throw new IOException("vat types check failed with HTTP " + status + ": " + response.body());
  }
}
