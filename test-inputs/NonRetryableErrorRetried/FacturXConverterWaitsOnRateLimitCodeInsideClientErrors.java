package inputs.nonretryableerrorretried;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Turns PDF invoices into Factur-X through InvoiceXML for the e-invoicing outbox. */
public class FacturXConverterWaitsOnRateLimitCodeInsideClientErrors {

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();
  private final URI convertUri;

  public FacturXConverterWaitsOnRateLimitCodeInsideClientErrors(URI convertUri) {
    this.convertUri = convertUri;
  }

  public byte[] convert(byte[] pdf) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(convertUri)
            .header("Content-Type", "application/pdf")
            .POST(HttpRequest.BodyPublishers.ofByteArray(pdf))
            .build();
    for (int attempt = 1; attempt <= 3; attempt++) {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      int status = response.statusCode();
      if (status < 300) {
        return response.body();
      }
      if (status >= 400 && status < 500) {
        JsonNode problem = mapper.readTree(response.body());
        int errorCode = problem.path("errorCode").asInt(-1);
        if (errorCode != 4006) {
          throw new IOException(
              "conversion rejected (" + errorCode + "): " + problem.path("detail").asText() + " " + problem.path("errors"));
        }
        // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
        long seconds = response.headers().firstValueAsLong("Retry-After").orElse(10L);
        Thread.sleep(seconds * 1_000L);
      } else {
        throw new IOException("InvoiceXML unavailable: HTTP " + status);
      }
    }
    throw new IOException("InvoiceXML kept rate limiting the conversion");
  }
}
