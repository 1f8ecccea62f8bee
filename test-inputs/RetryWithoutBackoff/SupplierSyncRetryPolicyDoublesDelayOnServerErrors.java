package inputs.retrywithoutbackoff;

import java.time.Duration;
import java.util.Map;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClient;

/** Pushes suppliers to the registry; gateway errors are retried with a delay that doubles up to 10 s. */
public class SupplierSyncRetryPolicyDoublesDelayOnServerErrors {

  private final RestClient registry;
  private final RetryTemplate retryTemplate =
      new RetryTemplate(
          RetryPolicy.builder()
              .includes(
                  HttpServerErrorException.BadGateway.class,
                  HttpServerErrorException.GatewayTimeout.class)
              .maxRetries(4)
              .delay(Duration.ofMillis(500))
              .multiplier(2)
              .maxDelay(Duration.ofSeconds(10))
              .build());

  public SupplierSyncRetryPolicyDoublesDelayOnServerErrors(RestClient registry) {
    this.registry = registry;
  }

  public void push(Map<String, Object> supplier) throws RetryException {
    retryTemplate.execute(
        () -> registry.post().uri("/suppliers").body(supplier).retrieve().toBodilessEntity());
  }
}
