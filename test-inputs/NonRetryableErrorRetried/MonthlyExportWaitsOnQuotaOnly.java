package inputs.nonretryable;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.ListIssuedDocumentsResponse;
import java.util.List;
import java.util.Map;

/**
 * Exports a month of invoices. A 403 with Retry-After is the hourly quota and passes; a 403 without it is a missing
 * scope or an expired licence and is reported.
 */
public class MonthlyExportWaitsOnQuotaOnly {
  private final IssuedDocumentsApi documents;
  private final int companyId;

  public MonthlyExportWaitsOnQuotaOnly(ApiClient apiClient, int companyId) {
    this.documents = new IssuedDocumentsApi(apiClient);
    this.companyId = companyId;
  }

  public ListIssuedDocumentsResponse page(int page) throws ApiException, InterruptedException {
    while (true) {
      try {
        return documents.listIssuedDocuments(companyId, "invoice", null, "basic", "date", page, 100, null, null);
      } catch (ApiException e) {
        String retryAfter = retryAfterHeader(e);
        boolean throttled = (e.getCode() == 403 || e.getCode() == 429) && retryAfter != null;
        if (!throttled) {
          throw e;
        }
        Thread.sleep(Long.parseLong(retryAfter) * 1000L);
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
