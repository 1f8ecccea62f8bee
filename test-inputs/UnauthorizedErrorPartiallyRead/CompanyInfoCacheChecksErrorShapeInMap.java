package inputs.unauthorizederrorpartiallyread;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Caches the company details (name, VAT number, plan) shown in the header of the back office. The body is read into
 * a Map; on a 401 the value of error decides the format: a nested Map is the API format, a String the OAuth one.
 */
public class CompanyInfoCacheChecksErrorShapeInMap {

  /** The back office must ask the user to reconnect. */
  public static class CompanyAccessRevokedException extends IOException {
    public CompanyAccessRevokedException(String message) {
      super(message);
    }
  }

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();
  private final Map<Integer, Map<?, ?>> cache = new ConcurrentHashMap<>();
  private final String accessToken;

  public CompanyInfoCacheChecksErrorShapeInMap(String accessToken) {
    this.accessToken = accessToken;
  }

  public Map<?, ?> companyInfo(int companyId) throws IOException, InterruptedException {
    Map<?, ?> cached = cache.get(companyId);
    if (cached != null) {
      return cached;
    }
    HttpRequest request = HttpRequest.newBuilder(
            URI.create("https://api-v2.fattureincloud.it/c/" + companyId + "/company/info"))
        .header("Authorization", "Bearer " + accessToken)
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 401) {
      Map<?, ?> body = mapper.readValue(response.body(), Map.class);
      Object error = body.get("error");
      String reason;
      if (error instanceof Map<?, ?> apiError) {
        reason = String.valueOf(apiError.get("message"));
      } else {
        Object description = body.get("error_description");
        reason = description != null ? description.toString() : String.valueOf(error);
      }
      throw new CompanyAccessRevokedException("company " + companyId + " is no longer accessible: " + reason);
    }
    if (response.statusCode() != 200) {
      throw new IOException("company info failed with HTTP " + response.statusCode() + ": " + response.body());
    }
    Map<?, ?> info = mapper.readValue(response.body(), Map.class);
    cache.put(companyId, info);
    return info;
  }
}
