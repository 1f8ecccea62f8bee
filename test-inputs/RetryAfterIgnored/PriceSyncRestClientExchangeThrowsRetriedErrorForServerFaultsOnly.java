package inputs.retryafterignored;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import org.springframework.web.client.RestClient;

/**
 * Price sync: the exchange function throws the retried failure only for the price service's own
 * faults (500, 502, 504); a throttled or unavailable answer (429, 503) and any client error end the
 * call with a failure that is not retried, so the fixed wait never stands in for Retry-After.
 */
public class PriceSyncRestClientExchangeThrowsRetriedErrorForServerFaultsOnly {

  /** A price fetch worth another attempt. */
  public static class PriceServiceFaultException extends RuntimeException {
    public PriceServiceFaultException(int status) {
      super("price service fault " + status);
    }
  }

  /** A price fetch that must not be repeated as it is. */
  public static class PriceFetchRejectedException extends RuntimeException {
    public PriceFetchRejectedException(int status) {
      super("price fetch rejected with " + status);
    }
  }

  private final RestClient restClient;
  private final Retry retry =
      Retry.of(
          "prices",
          RetryConfig.custom()
              .maxAttempts(3)
              .waitDuration(Duration.ofSeconds(1))
              .retryExceptions(PriceServiceFaultException.class)
              // BUG: Diagnostic contains: RetryWithoutBackoff
              .build());

  public PriceSyncRestClientExchangeThrowsRetriedErrorForServerFaultsOnly(RestClient restClient) {
    this.restClient = restClient;
  }

  public String prices(String list) throws Throwable {
    return retry.executeCheckedSupplier(
        () ->
            restClient
                .get()
                .uri("/price-lists/{list}", list)
                .exchange(
                    (request, response) -> {
                      int status = response.getStatusCode().value();
                      if (status == 500 || status == 502 || status == 504) {
                        throw new PriceServiceFaultException(status);
                      }
                      if (status >= 400) {
                        throw new PriceFetchRejectedException(status);
                      }
                      return new String(response.getBody().readAllBytes());
                    }));
  }
}
