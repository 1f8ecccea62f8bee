package inputs.retrywithoutbackoff;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ReceivedDocumentsApi;
import it.fattureincloud.sdk.model.ReceivedDocument;
import java.util.List;
import java.util.Map;

/** Reads received documents for the expense report, honouring the API's rate limits. */
public class QuotaAwareReaderWaitsRetryAfterEveryTime {

  private static final int MAX_ATTEMPTS = 5;

  private final ReceivedDocumentsApi receivedDocumentsApi;
  private final int companyId;

  public QuotaAwareReaderWaitsRetryAfterEveryTime(ApiClient apiClient, int companyId) {
    this.receivedDocumentsApi = new ReceivedDocumentsApi(apiClient);
    this.companyId = companyId;
  }

  public ReceivedDocument read(int documentId) throws ApiException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        return receivedDocumentsApi.getReceivedDocument(companyId, documentId, null, null).getData();
      } catch (ApiException e) {
        if (e.getCode() != 429 || attempt >= MAX_ATTEMPTS) {
          throw e;
        }
        Thread.sleep(retryAfterSeconds(e.getResponseHeaders()) * 1000L);
      }
    }
  }

  private static long retryAfterSeconds(Map<String, List<String>> headers) {
    List<String> values = headers == null ? null : headers.get("Retry-After");
    if (values == null || values.isEmpty()) {
      return 60;
    }
    try {
      // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
      return Long.parseLong(values.get(0).trim());
    } catch (NumberFormatException e) {
      return 60;
    }
  }
}
