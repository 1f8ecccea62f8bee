package inputs.retryafterignored;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.SuppliersApi;
import it.fattureincloud.sdk.model.CreateSupplierRequest;
import it.fattureincloud.sdk.model.Supplier;
import java.util.Set;

/** Registers new suppliers from the procurement portal; the retried statuses are configurable. */
public class SupplierPushRetriesStatusesGivenByConstructorChain {

  private static final Set<Integer> DEFAULT_RETRYABLE = Set.of(429, 503);

  private final SuppliersApi suppliersApi;
  private final int companyId;
  private final Set<Integer> retryableStatuses;
  private final long pauseMillis;

  public SupplierPushRetriesStatusesGivenByConstructorChain(ApiClient apiClient, int companyId) {
    this(apiClient, companyId, DEFAULT_RETRYABLE);
  }

  private SupplierPushRetriesStatusesGivenByConstructorChain(
      ApiClient apiClient, int companyId, Set<Integer> retryableStatuses) {
    this.suppliersApi = new SuppliersApi(apiClient);
    this.companyId = companyId;
    this.retryableStatuses = retryableStatuses;
    this.pauseMillis = 2_000L;
  }

  public Integer register(Supplier supplier) throws ApiException, InterruptedException {
    CreateSupplierRequest request = new CreateSupplierRequest().data(supplier);
    for (int attempt = 1; attempt <= 3; attempt++) {
      try {
        return suppliersApi.createSupplier(companyId, request).getData().getId();
      } catch (ApiException e) {
        if (!retryableStatuses.contains(e.getCode())) {
          throw e;
        }
        // BUG: Diagnostic contains: RetryAfterIgnored
        Thread.sleep(pauseMillis * attempt);
      }
    }
    throw new IllegalStateException("supplier " + supplier.getName() + " not registered");
  }
}
