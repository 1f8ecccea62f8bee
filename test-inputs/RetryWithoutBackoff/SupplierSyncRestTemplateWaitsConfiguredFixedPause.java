package inputs.retrywithoutbackoff;

import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestTemplate;

/** Pulls the supplier list from the purchasing system. */
public class SupplierSyncRestTemplateWaitsConfiguredFixedPause {

  private final RestTemplate restTemplate;
  private final String suppliersUrl;
  private final long pauseMillis;
  private final int maxAttempts;

  public SupplierSyncRestTemplateWaitsConfiguredFixedPause(RestTemplate restTemplate, String suppliersUrl, long pauseMillis, int maxAttempts) {
    this.restTemplate = restTemplate;
    this.suppliersUrl = suppliersUrl;
    this.pauseMillis = pauseMillis;
    this.maxAttempts = maxAttempts;
  }

  public String pull() throws InterruptedException {
    int attempt = 0;
    while (true) {
      try {
        return restTemplate.getForObject(suppliersUrl, String.class);
      } catch (HttpServerErrorException | ResourceAccessException e) {
        attempt++;
        if (attempt >= maxAttempts) {
          throw e;
        }
        // BUG: Diagnostic contains: RetryWithoutBackoff
        // BUG: Diagnostic contains: RetryAfterIgnored
        Thread.sleep(pauseMillis);
      }
    }
  }
}
