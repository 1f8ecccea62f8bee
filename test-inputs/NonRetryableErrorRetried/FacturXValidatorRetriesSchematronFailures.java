package inputs.nonretryableerrorretried;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/** Validates generated Factur-X XML with InvoiceXML before the PDF/A-3 is archived. */
public class FacturXValidatorRetriesSchematronFailures {

  private static final URI VALIDATE = URI.create("https://api.invoicexml.com/v1/validate");
  private static final int MAX_ATTEMPTS = 3;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();
  private final String apiKey;

  public FacturXValidatorRetriesSchematronFailures(String apiKey) {
    this.apiKey = apiKey;
  }

  public JsonNode validate(String facturXml) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(VALIDATE)
        .header("Authorization", "Bearer " + apiKey)
        .header("Content-Type", "application/xml")
        .POST(HttpRequest.BodyPublishers.ofString(facturXml))
        .build();

    JsonNode problem = null;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      // BUG: Diagnostic contains: NonRetryableErrorRetried
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 200) {
        return mapper.readTree(response.body());
      }
      problem = mapper.readTree(response.body());
      int errorCode = problem.path("errorCode").asInt();
      switch (errorCode) {
        case 4006:
          Optional<String> retryAfter = response.headers().firstValue("Retry-After");
          Thread.sleep(retryAfter.map(s -> Long.parseLong(s.trim()) * 1000L).orElse(2_000L * attempt));
          continue;
        case 4001:
        case 4002:
          // the validator occasionally lags behind a new Schematron release
          Thread.sleep(1_000L * attempt);
          continue;
        default:
          throw new IOException(problem.path("title").asText() + ": " + problem.path("detail").asText());
      }
    }
    throw new IOException("Factur-X still invalid after " + MAX_ATTEMPTS + " attempts: "
        + problem.path("detail").asText() + " " + problem.path("errors"));
  }
}
