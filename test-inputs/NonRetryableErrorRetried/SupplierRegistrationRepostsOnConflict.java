package inputs.nonretryableerrorretried;

import java.util.Map;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestTemplate;

/** Registers new suppliers from the procurement portal as Fatture in Cloud suppliers. */
public class SupplierRegistrationRepostsOnConflict {

  private final RestTemplate restTemplate;
  private final String suppliersUrl;
  private final String accessToken;

  public SupplierRegistrationRepostsOnConflict(RestTemplate restTemplate, int companyId, String accessToken) {
    this.restTemplate = restTemplate;
    this.suppliersUrl = "https://api-v2.fattureincloud.it/c/" + companyId + "/entities/suppliers";
    this.accessToken = accessToken;
  }

  public String register(String name, String vatNumber, String pecAddress) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(accessToken);
    headers.setContentType(MediaType.APPLICATION_JSON);
    Map<String, Object> supplier = Map.of("name", name, "vat_number", vatNumber, "certified_email", pecAddress);
    HttpEntity<Map<String, Object>> entity = new HttpEntity<>(Map.of("data", supplier), headers);

    try {
      return restTemplate.postForObject(suppliersUrl, entity, String.class);
    } catch (HttpClientErrorException.Conflict e) {
      // BUG: Diagnostic contains: NonRetryableErrorRetried
      return restTemplate.postForObject(suppliersUrl, entity, String.class);
    }
  }
}
