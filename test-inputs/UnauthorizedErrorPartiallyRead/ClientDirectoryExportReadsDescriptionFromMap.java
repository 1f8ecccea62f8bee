package inputs.unauthorizederrorpartiallyread;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Exports the client directory of a company to a JSON file for the CRM import. Every failed request (401 included)
 * is reported with the body's error_description, read from a Map: a 401 in the API format has no such key, so the
 * report says "null".
 */
public class ClientDirectoryExportReadsDescriptionFromMap {

  /** The export could not be completed. */
  public static class ExportFailedException extends IOException {
    public ExportFailedException(String message) {
      super(message);
    }
  }

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();
  private final String accessToken;

  public ClientDirectoryExportReadsDescriptionFromMap(String accessToken) {
    this.accessToken = accessToken;
  }

  public Path export(int companyId, Path targetDirectory) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(
            "https://api-v2.fattureincloud.it/c/" + companyId + "/entities/clients?fieldset=detailed&per_page=100"))
        .header("Authorization", "Bearer " + accessToken)
        .header("Accept", "application/json")
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    int status = response.statusCode();
    if (status >= 400) {
      Map<?, ?> errorBody = mapper.readValue(response.body(), Map.class);
      // BUG: Diagnostic contains: UnauthorizedErrorPartiallyRead
      Object description = errorBody.get("error_description");
      throw new ExportFailedException("client export for company " + companyId + " failed (HTTP " + status + "): "
          + description);
    }
    Path target = targetDirectory.resolve("clients-" + companyId + ".json");
    Files.writeString(target, response.body());
    return target;
  }
}
