package inputs.retrywithoutbackoff;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestTemplate;

/** Exports receipts; gateway faults and timeouts are retried with an exponentially growing interval. */
public class ReceiptExportResilience4jGrowsIntervalExponentially {

  private final RestTemplate restTemplate;
  private final Retry retry;

  public ReceiptExportResilience4jGrowsIntervalExponentially(RestTemplate restTemplate) {
    this.restTemplate = restTemplate;
    RetryConfig config =
        RetryConfig.custom()
            .maxAttempts(5)
            .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(500), 2.0))
            .retryExceptions(
                HttpServerErrorException.BadGateway.class, ResourceAccessException.class)
            .build();
    this.retry = Retry.of("receipt-export", config);
  }

  public String export(String receiptId) {
    return retry.executeSupplier(
        () -> restTemplate.getForObject("/receipts/{id}/export", String.class, receiptId));
  }
}
