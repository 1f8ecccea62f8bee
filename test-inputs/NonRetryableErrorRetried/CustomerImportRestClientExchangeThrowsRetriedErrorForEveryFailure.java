package inputs.nonretryableerrorretried;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import java.nio.charset.StandardCharsets;
import org.springframework.web.client.RestClient;

/**
 * Customer import: the exchange function throws the import's retried failure for every error
 * status, so a 400 for a malformed customer or a 403 for a closed company is re-sent like a 502,
 * and a 429 after Resilience4j's exponential back-off, not after its Retry-After.
 */
public class CustomerImportRestClientExchangeThrowsRetriedErrorForEveryFailure {

  /** A customer fetch worth another attempt. */
  public static class RetriedFetchException extends RuntimeException {
    public RetriedFetchException(int status, String body) {
      super("customer fetch failed with " + status + ": " + body);
    }
  }

  private final RestClient restClient;
  private final RetryRegistry registry;

  public CustomerImportRestClientExchangeThrowsRetriedErrorForEveryFailure(RestClient restClient) {
    this.restClient = restClient;
    this.registry =
        RetryRegistry.of(
            RetryConfig.custom()
                .maxAttempts(4)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(300, 2.0))
                .retryExceptions(RetriedFetchException.class)
                // BUG: Diagnostic contains: NonRetryableErrorRetried
                // BUG: Diagnostic contains: RetryAfterIgnored
                .build());
  }

  public String customer(String id) throws Throwable {
    Retry retry = registry.retry("customers");
    return Retry.decorateCheckedSupplier(
            retry,
            () ->
                restClient
                    .get()
                    .uri("/customers/{id}", id)
                    .exchange(
                        (request, response) -> {
                          String body =
                              new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
                          if (response.getStatusCode().isError()) {
                            throw new RetriedFetchException(response.getStatusCode().value(), body);
                          }
                          return body;
                        }))
        .get();
  }
}
