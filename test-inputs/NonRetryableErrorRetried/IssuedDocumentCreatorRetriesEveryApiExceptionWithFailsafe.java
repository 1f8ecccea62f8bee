package inputs.nonretryableerrorretried;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.CreateIssuedDocumentRequest;
import it.fattureincloud.sdk.model.CreateIssuedDocumentResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Creates invoices in Fatture in Cloud, waiting as Retry-After says, but re-sending every rejected request too. */
public class IssuedDocumentCreatorRetriesEveryApiExceptionWithFailsafe {

  private final IssuedDocumentsApi issuedDocumentsApi;
  private final RetryPolicy<CreateIssuedDocumentResponse> retryPolicy;

  public IssuedDocumentCreatorRetriesEveryApiExceptionWithFailsafe(ApiClient apiClient) {
    this.issuedDocumentsApi = new IssuedDocumentsApi(apiClient);
    this.retryPolicy = RetryPolicy.<CreateIssuedDocumentResponse>builder()
        .handle(ApiException.class)
        .withDelayFn(context -> {
          if (context.getLastException() instanceof ApiException failure && failure.getResponseHeaders() != null) {
            List<String> retryAfter = failure.getResponseHeaders().get("Retry-After");
            if (retryAfter != null && !retryAfter.isEmpty()) {
              // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
              return Duration.ofSeconds(Long.parseLong(retryAfter.get(0).trim()));
            }
          }
          return Duration.ofSeconds(2);
        })
        .withMaxRetries(4)
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        .build();
  }

  public Integer create(int companyId, CreateIssuedDocumentRequest request) {
    CreateIssuedDocumentResponse created = Failsafe.with(retryPolicy)
        .get(() -> issuedDocumentsApi.createIssuedDocument(companyId, request));
    return created.getData().getId();
  }

  static Map<String, Object> describe(CreateIssuedDocumentResponse response) {
    return Map.of("id", response.getData().getId());
  }
}
