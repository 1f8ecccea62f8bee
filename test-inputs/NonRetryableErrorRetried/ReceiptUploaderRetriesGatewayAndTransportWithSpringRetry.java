package inputs.nonretryableerrorretried;

import java.util.Map;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Uploads till receipts to Fatture in Cloud. Only a 502 from the gateway and connection failures are retried with a
 * back-off: neither carries a Retry-After, and a 4xx is left to the caller.
 */
public class ReceiptUploaderRetriesGatewayAndTransportWithSpringRetry {

  private final RestClient fattureInCloud;
  private final int companyId;

  public ReceiptUploaderRetriesGatewayAndTransportWithSpringRetry(RestClient fattureInCloud, int companyId) {
    this.fattureInCloud = fattureInCloud;
    this.companyId = companyId;
  }

  @Retryable(
      retryFor = {HttpServerErrorException.BadGateway.class, ResourceAccessException.class},
      maxAttempts = 3,
      backoff = @Backoff(delay = 500, multiplier = 2, maxDelay = 5_000))
  @SuppressWarnings("unchecked")
  public Map<String, Object> uploadReceipt(Map<String, Object> receipt) {
    return fattureInCloud.post()
        .uri("/c/{companyId}/receipts", companyId)
        .body(Map.of("data", receipt))
        .retrieve()
        .body(Map.class);
  }
}
