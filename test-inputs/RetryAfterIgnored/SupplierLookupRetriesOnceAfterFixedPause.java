package inputs.retryafterignored;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/** Resolves supplier details when a purchase invoice arrives from the mailbox scanner. */
public class SupplierLookupRetriesOnceAfterFixedPause {

  private final RestClient restClient;

  public SupplierLookupRetriesOnceAfterFixedPause(RestClient restClient) {
    this.restClient = restClient;
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> findSupplier(int companyId, int supplierId) throws InterruptedException {
    try {
      return restClient.get().uri("/c/{companyId}/entities/suppliers/{supplierId}", companyId, supplierId).retrieve().body(Map.class);
    } catch (RestClientResponseException e) {
      HttpStatusCode status = e.getStatusCode();
      if (status.value() == HttpStatus.NOT_FOUND.value()) {
        return null;
      }
      if (status.value() == HttpStatus.TOO_MANY_REQUESTS.value() || status.is5xxServerError()) {
        // one more try after a short pause, the mailbox scanner will pick it up again otherwise
        // BUG: Diagnostic contains: RetryAfterIgnored
        TimeUnit.SECONDS.sleep(3);
        return restClient.get().uri("/c/{companyId}/entities/suppliers/{supplierId}", companyId, supplierId).retrieve().body(Map.class);
      }
      throw e;
    }
  }
}
