package inputs.nonretryableerrorretried;

import io.github.resilience4j.core.functions.CheckedFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestTemplate;

/**
 * Ledger posting: the retry predicate takes connection failures and the ledger's own faults (500,
 * 502, 504) only; a 503 with Retry-After and every client error reach the caller on the first
 * answer.
 */
public class LedgerPostingRetriesServerFaultsWithResilience4jCheckedFunction {
  private final RestTemplate restTemplate;

  public LedgerPostingRetriesServerFaultsWithResilience4jCheckedFunction(RestTemplate restTemplate) {
    this.restTemplate = restTemplate;
  }

  public String post(String entry) throws Throwable {
    RetryConfig config =
        RetryConfig.custom()
            .maxAttempts(3)
            .waitDuration(Duration.ofMillis(400))
            .retryOnException(
                failure ->
                    failure instanceof ResourceAccessException
                        || (failure instanceof HttpServerErrorException
                            && ((HttpServerErrorException) failure).getStatusCode().value() != 503))
            // BUG: Diagnostic contains: RetryWithoutBackoff
            .build();
    Retry retry = Retry.of("ledger", config);
    CheckedFunction<String, String> posting =
        Retry.decorateCheckedFunction(
            retry, body -> restTemplate.postForObject("/ledger/entries", body, String.class));
    return posting.apply(entry);
  }
}
