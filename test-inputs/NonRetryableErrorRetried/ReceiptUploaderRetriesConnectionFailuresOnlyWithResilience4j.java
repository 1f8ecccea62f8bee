package inputs.nonretryableerrorretried;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.util.function.Supplier;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestTemplate;

/** Uploads receipts to the Fatture in Cloud API, retrying only when the connection fails. */
public class ReceiptUploaderRetriesConnectionFailuresOnlyWithResilience4j {

  private static final String RECEIPTS_URL = "https://api-v2.fattureincloud.it/c/{companyId}/receipts";

  private static final RetryConfig CONNECTION_RETRY = RetryConfig.custom()
      .maxAttempts(3)
      .retryExceptions(IOException.class, ResourceAccessException.class)
      .intervalFunction(IntervalFunction.ofExponentialBackoff(200, 2.0))
      .build();

  private final RestTemplate restTemplate;
  private final Retry retry = Retry.of("receipts", CONNECTION_RETRY);

  public ReceiptUploaderRetriesConnectionFailuresOnlyWithResilience4j(RestTemplate restTemplate) {
    this.restTemplate = restTemplate;
  }

  public String upload(int companyId, Object receipt) {
    Supplier<String> send = Retry.decorateSupplier(retry,
        () -> restTemplate.postForObject(RECEIPTS_URL, receipt, String.class, companyId));
    return send.get();
  }
}
