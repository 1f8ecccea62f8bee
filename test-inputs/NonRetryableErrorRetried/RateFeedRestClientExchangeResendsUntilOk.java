package inputs.nonretryableerrorretried;

import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Exchange-rate feed poller: RestClient's exchange turns every response into an entity, and the
 * loop re-sends whatever is not a success, a 400 for an unknown currency or a 401 for an expired
 * key as well as a gateway error.
 */
public class RateFeedRestClientExchangeResendsUntilOk {
  private static final int ATTEMPTS = 4;

  private final RestClient restClient;

  public RateFeedRestClientExchangeResendsUntilOk(RestClient restClient) {
    this.restClient = restClient;
  }

  public String latestRates(String base) throws InterruptedException {
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      ResponseEntity<String> entity =
          restClient
              .get()
              .uri("/rates/latest?base={base}", base)
              // BUG: Diagnostic contains: NonRetryableErrorRetried
              .exchange(
                  (request, response) ->
                      ResponseEntity.status(response.getStatusCode())
                          .body(new String(response.getBody().readAllBytes())));
      if (entity.getStatusCode().is2xxSuccessful()) {
        return entity.getBody();
      }
      // BUG: Diagnostic contains: RetryAfterIgnored
      Thread.sleep(500L * attempt);
    }
    throw new IllegalStateException("rate feed unavailable after " + ATTEMPTS + " attempts");
  }
}
