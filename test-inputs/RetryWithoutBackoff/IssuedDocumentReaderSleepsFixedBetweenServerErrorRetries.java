package inputs.retrywithoutbackoff;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.IssuedDocument;

/** Reads issued invoices for the monthly VAT report. */
public class IssuedDocumentReaderSleepsFixedBetweenServerErrorRetries {

  private static final int MAX_ATTEMPTS = 5;
  private static final long RETRY_DELAY_MS = 2000;

  private final IssuedDocumentsApi issuedDocumentsApi;
  private final int companyId;

  public IssuedDocumentReaderSleepsFixedBetweenServerErrorRetries(ApiClient apiClient, int companyId) {
    this.issuedDocumentsApi = new IssuedDocumentsApi(apiClient);
    this.companyId = companyId;
  }

  public IssuedDocument read(int documentId) throws ApiException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        return issuedDocumentsApi.getIssuedDocument(companyId, documentId, null, null).getData();
      } catch (ApiException e) {
        boolean temporary = e.getCode() == 0 || e.getCode() >= 500;
        if (!temporary || attempt >= MAX_ATTEMPTS) {
          throw e;
        }
        // The same two seconds before every attempt, however long the outage lasts.
        // BUG: Diagnostic contains: RetryWithoutBackoff
        // BUG: Diagnostic contains: RetryAfterIgnored
        Thread.sleep(RETRY_DELAY_MS);
      }
    }
  }
}
