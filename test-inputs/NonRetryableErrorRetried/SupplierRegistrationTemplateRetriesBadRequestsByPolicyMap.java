package inputs.nonretryableerrorretried;

import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.SuppliersApi;
import it.fattureincloud.sdk.model.CreateSupplierRequest;
import it.fattureincloud.sdk.model.Supplier;
import java.util.Map;
import org.springframework.retry.backoff.FixedBackOffPolicy;
import org.springframework.retry.policy.SimpleRetryPolicy;
import org.springframework.retry.support.RetryTemplate;

/**
 * Registers new suppliers from the purchasing portal. The retry policy map retries every Fatture in Cloud API
 * failure (only the read time-outs are left out): a 400 for a malformed VAT number is sent again three times.
 */
public class SupplierRegistrationTemplateRetriesBadRequestsByPolicyMap {

  private final SuppliersApi suppliersApi;
  private final RetryTemplate retryTemplate = new RetryTemplate();
  private final int companyId;

  public SupplierRegistrationTemplateRetriesBadRequestsByPolicyMap(SuppliersApi suppliersApi, int companyId) {
    this.suppliersApi = suppliersApi;
    this.companyId = companyId;
    FixedBackOffPolicy backOff = new FixedBackOffPolicy();
    backOff.setBackOffPeriod(2_000L);
    retryTemplate.setBackOffPolicy(backOff);
    // BUG: Diagnostic contains: NonRetryableErrorRetried
    // BUG: Diagnostic contains: RetryAfterIgnored
    retryTemplate.setRetryPolicy(new SimpleRetryPolicy(4,
        Map.of(ApiException.class, true, java.net.SocketTimeoutException.class, false)));
  }

  public Integer register(Supplier supplier) throws ApiException {
    return retryTemplate.execute(context -> suppliersApi
        .createSupplier(companyId, new CreateSupplierRequest().data(supplier))
        .getData()
        .getId());
  }
}
