package inputs.nonretryableerrorretried;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestClient;

/** Records received payments; its retry predicate turns away some client errors, guard by guard, but not 409. */
public class PaymentSyncResilience4jPredicateLetsConflictsThrough {

  private final RestClient restClient;

  private final Retry retry =
      Retry.of(
          "payments",
          RetryConfig.custom()
              .maxAttempts(3)
              .waitDuration(Duration.ofSeconds(1))
              .retryOnException(
                  failure -> {
                    if (!(failure instanceof HttpStatusCodeException e)) {
                      return false;
                    }
                    int status = e.getStatusCode().value();
                    if (status == 400 || status == 401 || status == 403 || status == 404) {
                      return false;
                    }
                    if (status == 429 || status == 503) {
                      return false;
                    }
                    return status == 409 || status >= 500;
                  })
              // BUG: Diagnostic contains: NonRetryableErrorRetried
              // BUG: Diagnostic contains: RetryWithoutBackoff
              .build());

  public PaymentSyncResilience4jPredicateLetsConflictsThrough(RestClient restClient) {
    this.restClient = restClient;
  }

  public String record(int companyId, String payment) {
    return retry.executeSupplier(
        () ->
            restClient
                .post()
                .uri("/c/{id}/payments", companyId)
                .body(payment)
                .retrieve()
                .body(String.class));
  }
}
