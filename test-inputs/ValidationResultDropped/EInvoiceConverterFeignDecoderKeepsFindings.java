package inputs.validationresultdropped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Feign error decoder of the InvoiceXML validation client. A 400 problem keeps its detail and each
 * finding of errors[] (rule, message, fields), so the form can show every error next to its input.
 */
public class EInvoiceConverterFeignDecoderKeepsFindings implements ErrorDecoder {

  /** One finding of a validation problem. */
  public record Finding(String rule, String message, List<String> fields) {}

  /** An invoice InvoiceXML did not validate. */
  public static class EInvoiceInvalidException extends RuntimeException {
    private final List<Finding> findings;

    public EInvoiceInvalidException(String message, List<Finding> findings) {
      super(message);
      this.findings = findings;
    }

    public List<Finding> findings() {
      return findings;
    }
  }

  private final ObjectMapper mapper = new ObjectMapper();
  private final ErrorDecoder fallback = new ErrorDecoder.Default();

  @Override
  public Exception decode(String methodKey, Response response) {
    if (response.status() == 400 && response.body() != null) {
      try (InputStream in = response.body().asInputStream()) {
        JsonNode problem = mapper.readTree(in);
        List<Finding> findings = new ArrayList<>();
        for (JsonNode finding : problem.path("errors")) {
          List<String> fields = new ArrayList<>();
          finding.path("fields").forEach(field -> fields.add(field.asText()));
          findings.add(new Finding(finding.path("rule").asText(), finding.path("message").asText(), fields));
        }
        return new EInvoiceInvalidException(problem.path("detail").asText(), findings);
      } catch (IOException e) {
        return new EInvoiceInvalidException("unreadable problem body", List.of());
      }
    }
    return fallback.decode(methodKey, response);
  }
}
