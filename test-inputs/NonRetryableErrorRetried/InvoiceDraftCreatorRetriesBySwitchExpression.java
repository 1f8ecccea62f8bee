package inputs.nonretryableerrorretried;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.CreateIssuedDocumentRequest;
import it.fattureincloud.sdk.model.IssuedDocument;
import java.util.List;
import java.util.Map;

/** Turns confirmed orders of the e-commerce backend into invoices. */
public class InvoiceDraftCreatorRetriesBySwitchExpression {

  private static final int MAX_ATTEMPTS = 5;

  private final IssuedDocumentsApi issuedDocumentsApi;
  private final int companyId;

  public InvoiceDraftCreatorRetriesBySwitchExpression(ApiClient apiClient, int companyId) {
    this.issuedDocumentsApi = new IssuedDocumentsApi(apiClient);
    this.companyId = companyId;
  }

  public IssuedDocument create(IssuedDocument invoice) throws ApiException, InterruptedException {
    CreateIssuedDocumentRequest request = new CreateIssuedDocumentRequest().data(invoice);
    int attempt = 0;
    while (true) {
      attempt++;
      try {
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        return issuedDocumentsApi.createIssuedDocument(companyId, request).getData();
      } catch (ApiException e) {
        long waitMs = switch (e.getCode()) {
          // numbering and totals are recalculated by a background job on our side
          case 409, 422 -> 5_000L;
          case 429, 500, 502, 503, 504 -> Math.max(1_000L << attempt, retryAfterMillis(e));
          default -> -1L;
        };
        if (waitMs < 0 || attempt >= MAX_ATTEMPTS) {
          throw e;
        }
        Thread.sleep(waitMs);
      }
    }
  }

  private static long retryAfterMillis(ApiException e) {
    Map<String, List<String>> headers = e.getResponseHeaders();
    if (headers == null) {
      return 0L;
    }
    List<String> values = headers.get("Retry-After");
    if (values == null || values.isEmpty()) {
      return 0L;
    }
    // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
    return Long.parseLong(values.get(0).trim()) * 1000L;
  }
}
