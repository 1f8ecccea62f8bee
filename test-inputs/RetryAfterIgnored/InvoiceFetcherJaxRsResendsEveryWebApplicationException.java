package inputs.retryafterignored;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;

/** Reads issued invoices from the billing service for the monthly statement. */
public class InvoiceFetcherJaxRsResendsEveryWebApplicationException {

  private static final int MAX_ATTEMPTS = 5;
  private static final long PAUSE_MILLIS = 2_000L;

  /** The invoice as the billing service returns it. */
  public static class Invoice {
    public String number;
    public String customerId;
    public long totalCents;
  }

  private final WebTarget invoices;
  private final String apiKey;

  public InvoiceFetcherJaxRsResendsEveryWebApplicationException(Client client, String baseUrl, String apiKey) {
    this.invoices = client.target(baseUrl).path("v1").path("invoices");
    this.apiKey = apiKey;
  }

  public Invoice invoice(String number) throws InterruptedException {
    WebApplicationException last = null;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        return invoices.path(number)
            .request(MediaType.APPLICATION_JSON_TYPE)
            .header("X-Api-Key", apiKey)
            // BUG: Diagnostic contains: NonRetryableErrorRetried
            .get(Invoice.class);
      } catch (WebApplicationException e) {
        last = e;
        // BUG: Diagnostic contains: RetryAfterIgnored
        // BUG: Diagnostic contains: RetryWithoutBackoff
        Thread.sleep(PAUSE_MILLIS);
      } catch (ProcessingException e) {
        // BUG: Diagnostic contains: RetryWithoutBackoff
        Thread.sleep(PAUSE_MILLIS);
      }
    }
    throw last != null ? last : new IllegalStateException("billing service unreachable");
  }
}
