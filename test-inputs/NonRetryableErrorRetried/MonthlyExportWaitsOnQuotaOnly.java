package inputs.nonretryableerrorretried;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ReceivedDocumentsApi;
import it.fattureincloud.sdk.model.ListReceivedDocumentsResponse;
import java.util.List;
import java.util.Map;

/**
 * Exports a month of supplier invoices. A 403 that carries Retry-After is the hourly or monthly quota and is waited
 * out; a 403 without it is a missing scope or an expired licence and goes to the caller.
 */
public class MonthlyExportWaitsOnQuotaOnly {

  private static final long MAX_WAIT_SECONDS = 3_600L;

  private final ReceivedDocumentsApi receivedDocumentsApi;
  private final int companyId;

  public MonthlyExportWaitsOnQuotaOnly(ApiClient apiClient, int companyId) {
    this.receivedDocumentsApi = new ReceivedDocumentsApi(apiClient);
    this.companyId = companyId;
  }

  public ListReceivedDocumentsResponse page(String yearMonth, int page) throws ApiException, InterruptedException {
    String query = "date >= '" + yearMonth + "-01'";
    while (true) {
      try {
        return receivedDocumentsApi.listReceivedDocuments(companyId, "expense", null, "basic", "date", page, 50, query);
      } catch (ApiException e) {
        if (e.getCode() != 403 && e.getCode() != 429) {
          throw e;
        }
        String retryAfter = retryAfterHeader(e);
        if (retryAfter == null) {
          throw e;
        }
        long seconds = Long.parseLong(retryAfter);
        if (seconds > MAX_WAIT_SECONDS) {
          throw e;
        }
        Thread.sleep(seconds * 1000L);
      }
    }
  }

  private static String retryAfterHeader(ApiException e) {
    Map<String, List<String>> headers = e.getResponseHeaders();
    if (headers == null) {
      return null;
    }
    List<String> values = headers.get("Retry-After");
    return values == null || values.isEmpty() ? null : values.get(0).trim();
  }
}
