package inputs.retryafterignored.sharedretryafter;

import java.util.Map;
import org.springframework.web.client.RestTemplate;

/** Looks up VAT rates by country; busy answers are waited out as the tax service asks. */
public class VatRateLookup {

  private final RestTemplate restTemplate;
  private final String baseUrl;

  public VatRateLookup(RestTemplate restTemplate, String baseUrl) {
    this.restTemplate = restTemplate;
    this.baseUrl = baseUrl;
  }

  public String rates(String country) throws InterruptedException {
    return TaxServiceRetries.withRetry(
        () -> restTemplate.getForObject(baseUrl + "/vat/{country}", String.class, country));
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> exemptions(String country) throws InterruptedException {
    return TaxServiceRetries.withRetry(() -> fetchExemptions(country));
  }

  private Map<String, Object> fetchExemptions(String country) {
    return restTemplate.getForObject(baseUrl + "/vat/{country}/exemptions", Map.class, country);
  }
}
