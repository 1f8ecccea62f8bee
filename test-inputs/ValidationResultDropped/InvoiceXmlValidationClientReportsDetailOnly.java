package inputs.validationresultdropped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Validates UBL invoices against EN 16931 with the InvoiceXML API before they are archived. On a validation failure
 * (errorCode 4001 or 4002) it reports only the problem's detail, "The invoice contains 2 validation error(s).",
 * without the findings that say which rule failed on which line.
 */
public class InvoiceXmlValidationClientReportsDetailOnly {

  /** The invoice did not pass validation. */
  public static class InvoiceValidationException extends Exception {
    public InvoiceValidationException(String message) {
      super(message);
    }
  }

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();
  private final URI validateUri;
  private final String apiKey;

  public InvoiceXmlValidationClientReportsDetailOnly(URI validateUri, String apiKey) {
    this.validateUri = validateUri;
    this.apiKey = apiKey;
  }

  public JsonNode validate(String ublXml) throws IOException, InterruptedException, InvoiceValidationException {
    HttpRequest request = HttpRequest.newBuilder(validateUri)
        .header("X-Api-Key", apiKey)
        .header("Content-Type", "application/xml")
        .POST(HttpRequest.BodyPublishers.ofString(ublXml))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 200) {
      return mapper.readTree(response.body());
    }
    JsonNode problem = mapper.readTree(response.body());
    switch (problem.path("errorCode").asInt()) {
      case 4001, 4002 -> {
        // BUG: Diagnostic contains: ValidationResultDropped
        throw new InvoiceValidationException("Invoice rejected: " + problem.path("detail").asText());
      }
      case 4003 -> throw new InvoiceValidationException("Invoice file is larger than 20 MB");
      default -> throw new IOException("InvoiceXML error " + response.statusCode() + ": " + response.body());
    }
  }
}
