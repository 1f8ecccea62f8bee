package inputs.retryafterignored;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.CreateIssuedDocumentRequest;
import it.fattureincloud.sdk.model.IssuedDocument;
import java.util.List;
import java.util.Map;

/** Issues credit notes for returned goods; a shared circuit breaker decides whether another attempt is allowed. */
public class CreditNoteSenderAsksCircuitOnceThenWaitsRetryAfter {

  /** The platform's circuit breaker, configured elsewhere. */
  public interface Circuit {
    boolean allowsAnotherAttempt(int attempt);
  }

  private final IssuedDocumentsApi documentsApi;
  private final Circuit circuit;
  private final int companyId;

  public CreditNoteSenderAsksCircuitOnceThenWaitsRetryAfter(ApiClient apiClient, Circuit circuit, int companyId) {
    this.documentsApi = new IssuedDocumentsApi(apiClient);
    this.circuit = circuit;
    this.companyId = companyId;
  }

  public Integer issue(IssuedDocument creditNote) throws ApiException, InterruptedException {
    CreateIssuedDocumentRequest request = new CreateIssuedDocumentRequest().data(creditNote);
    for (int attempt = 1; ; attempt++) {
      try {
        return documentsApi.createIssuedDocument(companyId, request).getData().getId();
      } catch (ApiException e) {
        boolean allowed = circuit.allowsAnotherAttempt(attempt);
        if (!allowed || (e.getCode() != 429 && e.getCode() != 503)) {
          throw e;
        }
        long seconds = 30;
        if (allowed) {
          Map<String, List<String>> headers = e.getResponseHeaders();
          List<String> retryAfter = headers == null ? null : headers.get("Retry-After");
          if (retryAfter == null || retryAfter.isEmpty()) {
            throw e;
          }
          // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
          seconds = Long.parseLong(retryAfter.get(0).trim());
        }
        Thread.sleep(seconds * 1_000L);
      }
    }
  }
}
