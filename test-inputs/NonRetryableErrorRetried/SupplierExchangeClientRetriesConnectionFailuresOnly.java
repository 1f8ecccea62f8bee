package inputs.nonretryableerrorretried;

import java.util.Map;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * Reads suppliers from Fatture in Cloud through a Spring HTTP interface. The retries name the failures they re-send:
 * connection failures only, never an HTTP error status; the lookup by VAT number leaves its retry to the caller's
 * configuration.
 */
@HttpExchange("/c/{companyId}/entities/suppliers")
public interface SupplierExchangeClientRetriesConnectionFailuresOnly {

  @Retryable(retryFor = ResourceAccessException.class, noRetryFor = HttpClientErrorException.class,
      backoff = @Backoff(delay = 500, multiplier = 2))
  @GetExchange("/{supplierId}")
  Map<String, Object> getSupplier(@PathVariable int companyId, @PathVariable int supplierId);

  @Retryable(maxAttempts = 3)
  @GetExchange
  Map<String, Object> listSuppliers(@PathVariable int companyId);
}
