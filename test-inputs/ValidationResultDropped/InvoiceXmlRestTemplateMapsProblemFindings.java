package inputs.validationresultdropped;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestTemplate;

/**
 * Converts invoice PDFs to Factur-X through InvoiceXML with RestTemplate. A 400 problem is bound to a record; the
 * validation categories (4001, 4002) map every finding of errors[] to the invoice field it names, while the other
 * categories (4003 file too large, 4004 unsupported format, 4005 extraction failed) carry no findings and are
 * reported with their detail.
 */
public class InvoiceXmlRestTemplateMapsProblemFindings {

  /** RFC 7807 problem details with the InvoiceXML extensions. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Problem(String title, int status, Integer errorCode, String detail, List<ProblemFinding> errors) {}

  /** One entry of errors[]. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ProblemFinding(String rule, Integer line, String message, List<String> btCodes, List<String> fields) {}

  /** A conversion that failed; fieldMessages is empty when the problem is not about the invoice's content. */
  public static class ConversionFailedException extends RuntimeException {
    private final List<String> fieldMessages;

    public ConversionFailedException(String message, List<String> fieldMessages) {
      super(message);
      this.fieldMessages = fieldMessages;
    }

    public List<String> fieldMessages() {
      return fieldMessages;
    }
  }

  private final RestTemplate restTemplate;
  private final String convertUrl;

  public InvoiceXmlRestTemplateMapsProblemFindings(RestTemplate restTemplate, String convertUrl) {
    this.restTemplate = restTemplate;
    this.convertUrl = convertUrl;
  }

  public byte[] toFacturX(byte[] pdf, String apiKey) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("X-Api-Key", apiKey);
    headers.setContentType(MediaType.APPLICATION_PDF);
    try {
      HttpEntity<ByteArrayResource> upload = new HttpEntity<>(new ByteArrayResource(pdf), headers);
      return restTemplate.postForObject(convertUrl, upload, byte[].class);
    } catch (HttpClientErrorException.BadRequest e) {
      Problem problem = e.getResponseBodyAs(Problem.class);
      int errorCode = problem.errorCode() == null ? 4000 : problem.errorCode();
      switch (errorCode) {
        case 4001, 4002 -> {
          List<String> fieldMessages = new ArrayList<>();
          for (ProblemFinding finding : problem.errors()) {
            String where = finding.fields().isEmpty() ? "document" : String.join(", ", finding.fields());
            fieldMessages.add(where + ": " + finding.message());
          }
          throw new ConversionFailedException(problem.detail(), fieldMessages);
        }
        default -> throw new ConversionFailedException(problem.title() + ": " + problem.detail(), List.of());
      }
    }
  }
}
