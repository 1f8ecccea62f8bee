package inputs.nonretryableerrorretried.resilientabstract;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.web.client.RestClient;

/** Reads the rates of the EU VAT service. */
public class EuVatRateLookup extends TaxRateLookup {

  private final RestClient vatService;

  public EuVatRateLookup(RestClient vatService) {
    this.vatService = vatService;
  }

  @Override
  protected BigDecimal fetchRate(String countryCode, String category) {
    Map<?, ?> rate =
        vatService
            .get()
            .uri("/rates/{country}/{category}", countryCode, category)
            .retrieve()
            .body(Map.class);
    return rate == null ? null : new BigDecimal(String.valueOf(rate.get("rate")));
  }
}
