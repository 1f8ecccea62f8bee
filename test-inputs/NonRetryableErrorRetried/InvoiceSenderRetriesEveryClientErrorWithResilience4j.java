package inputs.nonretryableerrorretried;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.util.Map;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestTemplate;

/** Sends issued invoices to the InvoiceXML conversion API, retrying every HTTP error with a back-off. */
public class InvoiceSenderRetriesEveryClientErrorWithResilience4j {

  private static final String CONVERT_URL = "https://api.invoicexml.com/v1/convert/ubl";

  private final RestTemplate restTemplate;

  private final Retry retry = Retry.of("invoicexml", RetryConfig.custom()
      .maxAttempts(5)
      .retryExceptions(HttpClientErrorException.class, HttpServerErrorException.class)
      .intervalFunction(IntervalFunction.ofExponentialBackoff(500, 2.0))
      // BUG: Diagnostic contains: NonRetryableErrorRetried
      // BUG: Diagnostic contains: RetryAfterIgnored
      .build());

  public InvoiceSenderRetriesEveryClientErrorWithResilience4j(RestTemplate restTemplate) {
    this.restTemplate = restTemplate;
  }

  public String convert(Map<String, Object> invoice) {
    return retry.executeSupplier(() -> restTemplate.postForObject(CONVERT_URL, invoice, String.class));
  }
}
