package inputs.nonretryableerrorretried;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** Checks outgoing UBL invoices against EN 16931 with InvoiceXML; only its rate limit is waited out. */
public class InvoiceXmlValidatorStopsOnValidationErrors {

  /** One violated rule, as the web form shows it next to the field. */
  public record Finding(String rule, String message, List<String> fields) {}

  /** The invoice cannot be sent until these findings are fixed. */
  public static class InvoiceRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Finding> findings;

    public InvoiceRejectedException(String detail, List<Finding> findings) {
      super(detail);
      this.findings = findings;
    }

    public List<Finding> findings() {
      return findings;
    }
  }

  private static final URI VALIDATE = URI.create("https://api.invoicexml.com/v1/validate");
  private static final int MAX_ATTEMPTS = 4;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();
  private final String apiKey;

  public InvoiceXmlValidatorStopsOnValidationErrors(String apiKey) {
    this.apiKey = apiKey;
  }

  public JsonNode validate(String ublXml) throws IOException, InterruptedException, InvoiceRejectedException {
    HttpRequest request = HttpRequest.newBuilder(VALIDATE)
        .header("Authorization", "Bearer " + apiKey)
        .header("Content-Type", "application/xml")
        .POST(HttpRequest.BodyPublishers.ofString(ublXml))
        .build();
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      JsonNode body = mapper.readTree(response.body());
      if (response.statusCode() == 200) {
        return body;
      }
      switch (body.path("errorCode").asInt()) {
        case 4006 -> {
          long seconds = response.headers().firstValue("Retry-After").map(v -> Long.parseLong(v.trim())).orElse(5L);
          Thread.sleep(seconds * 1000L);
        }
        case 4001, 4002 -> throw new InvoiceRejectedException(body.path("detail").asText(), findings(body));
        case 4007 -> throw new IOException("InvoiceXML monthly quota reached: " + body.path("detail").asText());
        default -> throw new IOException(body.path("title").asText() + ": " + body.path("detail").asText());
      }
    }
    throw new IOException("InvoiceXML still rate limiting after " + MAX_ATTEMPTS + " attempts");
  }

  private static List<Finding> findings(JsonNode body) {
    List<Finding> findings = new ArrayList<>();
    for (JsonNode f : body.path("errors")) {
      List<String> fields = new ArrayList<>();
      f.path("fields").forEach(field -> fields.add(field.asText()));
      findings.add(new Finding(f.path("rule").asText(null), f.path("message").asText(), fields));
    }
    return findings;
  }
}
