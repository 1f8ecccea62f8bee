package inputs.retryafterignored;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.IssuedDocument;
import it.fattureincloud.sdk.model.ListIssuedDocumentsResponse;
import java.util.ArrayList;
import java.util.List;

/** Nightly job that mirrors all issued invoices of a company into the local ledger. */
public class IssuedDocumentSyncSleepsFixedDelayOnQuota {

  private static final int MAX_ATTEMPTS = 5;
  private static final long QUOTA_PAUSE_MS = 60_000L;
  private static final int PAGE_SIZE = 50;

  private final IssuedDocumentsApi issuedDocumentsApi;
  private final int companyId;

  public IssuedDocumentSyncSleepsFixedDelayOnQuota(ApiClient apiClient, int companyId) {
    this.issuedDocumentsApi = new IssuedDocumentsApi(apiClient);
    this.companyId = companyId;
  }

  public List<IssuedDocument> fetchAllInvoices() throws ApiException, InterruptedException {
    List<IssuedDocument> all = new ArrayList<>();
    int page = 1;
    int lastPage;
    do {
      ListIssuedDocumentsResponse response = fetchPage(page);
      all.addAll(response.getData());
      lastPage = response.getLastPage() == null ? page : response.getLastPage();
      page++;
    } while (page <= lastPage);
    return all;
  }

  private ListIssuedDocumentsResponse fetchPage(int page) throws ApiException, InterruptedException {
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        return issuedDocumentsApi.listIssuedDocuments(companyId, "invoice", null, "basic", "-date", page, PAGE_SIZE, null, null);
      } catch (ApiException e) {
        if (attempt == MAX_ATTEMPTS || !isRateOrQuotaLimited(e)) {
          throw e;
        }
        // hourly quota or short-term rate limit: give the API a minute
        // BUG: Diagnostic contains: RetryAfterIgnored
        // BUG: Diagnostic contains: RetryWithoutBackoff
        Thread.sleep(QUOTA_PAUSE_MS);
      }
    }
    throw new IllegalStateException("unreachable");
  }

  private static boolean isRateOrQuotaLimited(ApiException e) {
    if (e.getCode() == 429) {
      return true;
    }
    // a 403 carrying Retry-After is the usage quota, a plain 403 is a missing scope
    return e.getCode() == 403
        && e.getResponseHeaders() != null
        && e.getResponseHeaders().containsKey("retry-after");
  }
}
