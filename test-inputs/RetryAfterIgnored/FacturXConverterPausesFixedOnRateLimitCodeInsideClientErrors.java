package inputs.retryafterignored;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Extracts invoice data from supplier PDFs through InvoiceXML for the purchase ledger. */
public class FacturXConverterPausesFixedOnRateLimitCodeInsideClientErrors {

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();
  private final URI extractUri;

  public FacturXConverterPausesFixedOnRateLimitCodeInsideClientErrors(URI extractUri) {
    this.extractUri = extractUri;
  }

  public JsonNode extract(byte[] pdf) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(extractUri)
            .header("Content-Type", "application/pdf")
            .POST(HttpRequest.BodyPublishers.ofByteArray(pdf))
            .build();
    for (int attempt = 1; attempt <= 3; attempt++) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      if (status < 300) {
        return mapper.readTree(response.body());
      }
      if (status >= 400 && status < 500) {
        JsonNode problem = mapper.readTree(response.body());
        if (problem.path("errorCode").asInt(-1) != 4006) {
          throw new IOException("extraction rejected: " + problem.path("detail").asText() + " " + problem.path("errors"));
        }
        // BUG: Diagnostic contains: RetryAfterIgnored
        Thread.sleep(5_000L * attempt);
      } else {
        throw new IOException("InvoiceXML unavailable: HTTP " + status);
      }
    }
    throw new IOException("InvoiceXML kept rate limiting the extraction");
  }
}
