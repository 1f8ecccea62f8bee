package inputs.retryafterignored;

import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestTemplate;

/** Mirrors suppliers from the procurement system into the accounting service. */
public class SupplierPushSchedulesFixedRetryOnThrottle {

  private static final Logger LOG = Logger.getLogger("supplier-push");
  private static final int MAX_ATTEMPTS = 5;
  private static final long RETRY_DELAY_SECONDS = 30;

  private final RestTemplate restTemplate;
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private final String suppliersUrl;

  public SupplierPushSchedulesFixedRetryOnThrottle(RestTemplate restTemplate, String baseUrl, int companyId) {
    this.restTemplate = restTemplate;
    this.suppliersUrl = baseUrl + "/c/" + companyId + "/entities/suppliers";
  }

  public void pushSupplier(Map<String, Object> supplier) {
    pushSupplier(supplier, 1);
  }

  private void pushSupplier(Map<String, Object> supplier, int attempt) {
    try {
      restTemplate.postForObject(suppliersUrl, Map.of("data", supplier), Map.class);
      LOG.info("supplier " + supplier.get("vat_number") + " pushed");
    } catch (HttpClientErrorException.TooManyRequests | HttpServerErrorException.ServiceUnavailable e) {
      if (attempt >= MAX_ATTEMPTS) {
        LOG.severe("giving up on supplier " + supplier.get("vat_number") + ": " + e.getStatusCode());
        return;
      }
      LOG.warning("supplier API busy (" + e.getStatusCode() + "), retry " + attempt + " scheduled");
      // BUG: Diagnostic contains: RetryAfterIgnored
      // BUG: Diagnostic contains: RetryWithoutBackoff
      scheduler.schedule(() -> pushSupplier(supplier, attempt + 1), RETRY_DELAY_SECONDS, TimeUnit.SECONDS);
    } catch (HttpClientErrorException e) {
      LOG.severe("supplier " + supplier.get("vat_number") + " rejected: " + e.getResponseBodyAsString());
      throw e;
    }
  }

  public void shutdown() {
    scheduler.shutdown();
  }
}
