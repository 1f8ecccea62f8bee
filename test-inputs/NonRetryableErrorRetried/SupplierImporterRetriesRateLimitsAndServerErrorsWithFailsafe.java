package inputs.nonretryableerrorretried;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.SuppliersApi;
import it.fattureincloud.sdk.model.CreateSupplierRequest;
import it.fattureincloud.sdk.model.CreateSupplierResponse;
import java.time.Duration;
import java.util.List;

/** Imports suppliers into Fatture in Cloud, re-sending only rate limits and server errors, when Retry-After says. */
public class SupplierImporterRetriesRateLimitsAndServerErrorsWithFailsafe {

  private static final RetryPolicy<Object> RETRY_POLICY = RetryPolicy.builder()
      .handleIf(e -> e instanceof ApiException failure && (failure.getCode() == 429 || failure.getCode() >= 500))
      .withDelayFn(context -> retryAfter(context.getLastException()))
      .withMaxRetries(3)
      .build();

  private final SuppliersApi suppliersApi;

  public SupplierImporterRetriesRateLimitsAndServerErrorsWithFailsafe(ApiClient apiClient) {
    this.suppliersApi = new SuppliersApi(apiClient);
  }

  public CreateSupplierResponse importSupplier(int companyId, CreateSupplierRequest request) {
    return Failsafe.with(RETRY_POLICY).get(() -> suppliersApi.createSupplier(companyId, request));
  }

  private static Duration retryAfter(Throwable failure) {
    if (failure instanceof ApiException api && api.getResponseHeaders() != null) {
      List<String> values = api.getResponseHeaders().get("Retry-After");
      if (values != null && !values.isEmpty()) {
        // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
        return Duration.ofSeconds(Long.parseLong(values.get(0).trim()));
      }
    }
    return Duration.ofSeconds(1);
  }
}
