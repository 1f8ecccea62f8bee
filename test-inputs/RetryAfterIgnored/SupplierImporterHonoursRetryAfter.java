package inputs.retryafterignored;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.SuppliersApi;
import it.fattureincloud.sdk.model.CreateSupplierRequest;
import it.fattureincloud.sdk.model.Supplier;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Imports suppliers from the purchasing ERP into Fatture in Cloud. */
public class SupplierImporterHonoursRetryAfter {

  private static final int MAX_ATTEMPTS = 5;
  private static final Duration MAX_WAIT = Duration.ofMinutes(5);

  private final SuppliersApi suppliersApi;
  private final int companyId;

  public SupplierImporterHonoursRetryAfter(ApiClient apiClient, int companyId) {
    this.suppliersApi = new SuppliersApi(apiClient);
    this.companyId = companyId;
  }

  public Integer importSupplier(Supplier supplier) throws ApiException, InterruptedException {
    CreateSupplierRequest request = new CreateSupplierRequest().data(supplier);
    for (int attempt = 1; ; attempt++) {
      try {
        return suppliersApi.createSupplier(companyId, request).getData().getId();
      } catch (ApiException e) {
        Duration wait = retryAfter(e);
        boolean throttled = e.getCode() == 429 || (e.getCode() == 403 && wait != null);
        if (!throttled || attempt >= MAX_ATTEMPTS) {
          throw e;
        }
        if (wait == null) {
          wait = Duration.ofSeconds(1L << attempt);
        }
        if (wait.compareTo(MAX_WAIT) > 0) {
          throw e;
        }
        Thread.sleep(wait.toMillis());
      }
    }
  }

  private static Duration retryAfter(ApiException e) {
    Map<String, List<String>> headers = e.getResponseHeaders();
    if (headers == null) {
      return null;
    }
    List<String> values = headers.get("Retry-After");
    if (values == null || values.isEmpty()) {
      return null;
    }
    String value = values.get(0).trim();
    if (value.chars().allMatch(Character::isDigit) && !value.isEmpty()) {
      return Duration.ofSeconds(Long.parseLong(value));
    }
    try {
      ZonedDateTime until = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration delta = Duration.between(ZonedDateTime.now(until.getZone()), until);
      return delta.isNegative() ? Duration.ZERO : delta;
    } catch (DateTimeParseException ignored) {
      return null;
    }
  }
}
