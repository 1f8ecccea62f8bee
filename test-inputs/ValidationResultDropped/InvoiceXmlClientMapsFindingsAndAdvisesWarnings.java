package inputs.validationresultdropped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates invoices with InvoiceXML before they are sent to customers. Validation failures (errorCode 4001 and
 * 4002) are turned into one finding per entry of errors[], keyed by the invoice field it names so the editor can
 * highlight it; warnings[] are passed on as advice and never block the invoice.
 */
public class InvoiceXmlClientMapsFindingsAndAdvisesWarnings {

  /** One problem found in the invoice, placed on the field it concerns. */
  public record Finding(String rule, Integer line, String field, String message, boolean blocking) {}

  /** The outcome of a validation. */
  public record Report(boolean valid, String summary, List<Finding> findings) {}

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();
  private final URI validateUri;
  private final String apiKey;

  public InvoiceXmlClientMapsFindingsAndAdvisesWarnings(URI validateUri, String apiKey) {
    this.validateUri = validateUri;
    this.apiKey = apiKey;
  }

  public Report validate(String invoiceXml) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(validateUri)
        .header("X-Api-Key", apiKey)
        .header("Content-Type", "application/xml")
        .POST(HttpRequest.BodyPublishers.ofString(invoiceXml))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    JsonNode body = mapper.readTree(response.body());
    if (response.statusCode() == 200) {
      return new Report(true, body.path("detail").asText(), findings(body.path("warnings"), false));
    }
    int errorCode = body.path("errorCode").asInt();
    return switch (errorCode) {
      case 4001, 4002 -> new Report(false, body.path("detail").asText(), findings(body.path("errors"), true));
      default -> throw new IOException(
          "InvoiceXML error " + errorCode + ": " + body.path("title").asText() + " - " + body.path("detail").asText());
    };
  }

  private static List<Finding> findings(JsonNode entries, boolean blocking) {
    List<Finding> findings = new ArrayList<>();
    for (JsonNode entry : entries) {
      Integer line = entry.path("line").isNumber() ? entry.path("line").asInt() : null;
      JsonNode fields = entry.path("fields");
      String field = fields.isEmpty() ? "document" : fields.get(0).asText();
      findings.add(new Finding(entry.path("rule").asText(null), line, field, entry.path("message").asText(), blocking));
    }
    return findings;
  }
}
