package inputs.nonretryableerrorretried;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestClient;

/** Mirrors the supplier registry; its retry predicate turns away every client error but 429, guard by guard. */
public class SupplierSyncResilience4jPredicateGuardsEveryClientError {

  private final RestClient restClient;

  private final Retry retry =
      Retry.of(
          "suppliers",
          RetryConfig.<String>custom()
              .maxAttempts(4)
              .retryOnException(SupplierSyncResilience4jPredicateGuardsEveryClientError::worthAnotherAttempt)
              .intervalBiFunction(
                  (attempt, outcome) -> {
                    if (outcome.isLeft()
                        && outcome.getLeft() instanceof HttpStatusCodeException http
                        && http.getResponseHeaders() != null) {
                      String retryAfter = http.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER);
                      if (retryAfter != null) {
                        // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
                        return Duration.ofSeconds(Long.parseLong(retryAfter.trim())).toMillis();
                      }
                    }
                    return 2_000L * attempt;
                  })
              .build());

  public SupplierSyncResilience4jPredicateGuardsEveryClientError(RestClient restClient) {
    this.restClient = restClient;
  }

  public String suppliers(int companyId) {
    return retry.executeSupplier(
        () -> restClient.get().uri("/c/{id}/entities/suppliers", companyId).retrieve().body(String.class));
  }

  private static boolean worthAnotherAttempt(Throwable failure) {
    if (!(failure instanceof HttpStatusCodeException e)) {
      return false;
    }
    int status = e.getStatusCode().value();
    if (status == 429) {
      return true;
    }
    if (status >= 400 && status < 500) {
      return false;
    }
    return status >= 500;
  }
}
