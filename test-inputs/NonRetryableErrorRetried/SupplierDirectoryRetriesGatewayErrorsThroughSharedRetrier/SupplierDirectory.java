package inputs.nonretryableerrorretried.gatewayretrier;

import org.springframework.web.client.RestTemplate;

/** Reads suppliers from the purchasing service, behind a gateway that sometimes fails. */
public class SupplierDirectory {

  private final RestTemplate restTemplate;
  private final GatewayRetrier retrier = new GatewayRetrier(3, 400L);
  private final String baseUrl;

  public SupplierDirectory(RestTemplate restTemplate, String baseUrl) {
    this.restTemplate = restTemplate;
    this.baseUrl = baseUrl;
  }

  public String supplier(String supplierId) throws InterruptedException {
    // BUG: Diagnostic contains: RetryWithoutBackoff
    return retrier.call(
        () -> restTemplate.getForObject(baseUrl + "/suppliers/{id}", String.class, supplierId));
  }

  public void rename(String supplierId, String name) throws InterruptedException {
    // BUG: Diagnostic contains: RetryWithoutBackoff
    retrier.call(
        () -> {
          restTemplate.put(baseUrl + "/suppliers/{id}/name", name, supplierId);
          return null;
        });
  }
}
