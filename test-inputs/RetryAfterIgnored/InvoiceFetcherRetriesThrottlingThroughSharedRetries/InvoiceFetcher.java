package inputs.retryafterignored.sharedretries;

import org.springframework.web.client.RestTemplate;

/** Reads issued invoices from the accounting service. */
public class InvoiceFetcher {

  private final RestTemplate restTemplate;
  private final String baseUrl;

  public InvoiceFetcher(RestTemplate restTemplate, String baseUrl) {
    this.restTemplate = restTemplate;
    this.baseUrl = baseUrl;
  }

  public String invoice(String invoiceId) throws Exception {
    // BUG: Diagnostic contains: RetryAfterIgnored
    return Retries.withRetry(() -> restTemplate.getForObject(baseUrl + "/invoices/{id}", String.class, invoiceId), 4);
  }

  public String invoicePdf(String invoiceId) throws Exception {
    // BUG: Diagnostic contains: RetryAfterIgnored
    return Retries.withRetry(
        () -> restTemplate.getForObject(baseUrl + "/invoices/{id}/pdf", String.class, invoiceId),
        3);
  }
}
