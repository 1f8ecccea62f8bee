package inputs.validationresultdropped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestTemplate;

/**
 * Imports supplier invoices from the accounts-payable mailbox into Fatture in Cloud as received documents, with
 * RestTemplate. The 422 body is read into a plain Map and only error.message survives into the import log entry.
 */
public class ReceivedDocumentImporterRestTemplateMapMessageOnly {

  /** One line of the nightly import report. */
  public record ImportEntry(String supplierInvoiceNumber, boolean imported, String problem) {}

  private final RestTemplate restTemplate;
  private final ObjectMapper mapper = new ObjectMapper();
  private final int companyId;

  public ReceivedDocumentImporterRestTemplateMapMessageOnly(RestTemplate restTemplate, int companyId) {
    this.restTemplate = restTemplate;
    this.companyId = companyId;
  }

  @SuppressWarnings("unchecked")
  public ImportEntry importSupplierInvoice(String number, Map<String, Object> document)
      throws JsonProcessingException {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    HttpEntity<Map<String, Object>> entity = new HttpEntity<>(Map.of("data", document), headers);
    try {
      restTemplate.postForObject(
          "https://api-v2.fattureincloud.it/c/{companyId}/received_documents", entity, Map.class, companyId);
      return new ImportEntry(number, true, null);
    } catch (HttpClientErrorException.UnprocessableContent e) {
      Map<String, Object> body = mapper.readValue(e.getResponseBodyAsString(), Map.class);
      Map<String, Object> error = (Map<String, Object>) body.get("error");
      // BUG: Diagnostic contains: ValidationResultDropped
      String problem = (String) error.get("message");
      return new ImportEntry(number, false, problem);
    }
  }

  public List<ImportEntry> importAll(Map<String, Map<String, Object>> documentsByNumber)
      throws JsonProcessingException {
    List<ImportEntry> report = new ArrayList<>();
    for (Map.Entry<String, Map<String, Object>> entry : documentsByNumber.entrySet()) {
      report.add(importSupplierInvoice(entry.getKey(), entry.getValue()));
    }
    return report;
  }
}
