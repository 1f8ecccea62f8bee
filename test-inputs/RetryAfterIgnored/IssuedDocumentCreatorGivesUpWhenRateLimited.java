package inputs.retryafterignored;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.CreateIssuedDocumentRequest;
import it.fattureincloud.sdk.model.IssuedDocument;
import java.util.List;

/** Creates invoices for web orders; throttling is reported back to the order queue. */
public class IssuedDocumentCreatorGivesUpWhenRateLimited {

  /** Thrown so the message broker can redeliver the order later. */
  public static class InvoicingThrottledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public InvoicingThrottledException(String message, long retryAfterSeconds, Throwable cause) {
      super(message, cause);
      this.retryAfterSeconds = retryAfterSeconds;
    }

    public long getRetryAfterSeconds() {
      return retryAfterSeconds;
    }
  }

  private final IssuedDocumentsApi issuedDocumentsApi;
  private final int companyId;

  public IssuedDocumentCreatorGivesUpWhenRateLimited(ApiClient apiClient, int companyId) {
    this.issuedDocumentsApi = new IssuedDocumentsApi(apiClient);
    this.companyId = companyId;
  }

  public Integer createInvoice(IssuedDocument invoice) throws ApiException {
    try {
      return issuedDocumentsApi.createIssuedDocument(companyId, new CreateIssuedDocumentRequest().data(invoice)).getData().getId();
    } catch (ApiException e) {
      long retryAfter = retryAfterSeconds(e);
      boolean retry = e.getCode() == 429 || (e.getCode() == 403 && retryAfter > 0);
      if (retry) {
        throw new InvoicingThrottledException("invoicing throttled, HTTP " + e.getCode(), retryAfter, e);
      }
      throw e;
    }
  }

  private static long retryAfterSeconds(ApiException e) {
    if (e.getResponseHeaders() == null) {
      return -1;
    }
    List<String> values = e.getResponseHeaders().get("retry-after");
    if (values == null || values.isEmpty()) {
      return -1;
    }
    try {
      // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
      return Long.parseLong(values.get(0).trim());
    } catch (NumberFormatException e2) {
      return -1;
    }
  }
}
