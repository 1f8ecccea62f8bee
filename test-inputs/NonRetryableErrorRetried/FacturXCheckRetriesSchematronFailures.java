package inputs.nonretryable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Validates generated Factur-X XML with InvoiceXML before it is archived. */
public class FacturXCheckRetriesSchematronFailures {
  private static final int MAX_ATTEMPTS = 3;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();
  private final String apiKey;

  public FacturXCheckRetriesSchematronFailures(String apiKey) {
    this.apiKey = apiKey;
  }

  public JsonNode validate(String xml) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("https://api.invoicexml.com/v1/validate"))
        .header("Authorization", "Bearer " + apiKey)
        .header("Content-Type", "application/xml")
        .POST(HttpRequest.BodyPublishers.ofString(xml))
        .build();
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      // BUG: Diagnostic contains: NonRetryableErrorRetried
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 200) {
        return mapper.readTree(response.body());
      }
      JsonNode problem = mapper.readTree(response.body());
      int errorCode = problem.path("errorCode").asInt();
      switch (errorCode) {
        case 4001:
        case 4002:
          // The same XML is sent again: Schematron rules do not change between attempts.
          Thread.sleep(1_000L * attempt);
          continue;
        default:
          throw new IOException(problem.path("title").asText() + ": " + problem.path("detail").asText()
              + " " + problem.path("errors"));
      }
    }
    throw new IOException("invoice still invalid after " + MAX_ATTEMPTS + " attempts");
  }
}
