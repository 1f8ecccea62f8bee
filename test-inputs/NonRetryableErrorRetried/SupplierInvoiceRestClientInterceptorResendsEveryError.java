package inputs.nonretryableerrorretried;

import java.io.IOException;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;

/**
 * RestClient of the supplier-invoice import: its interceptor sends every request up to three times while the
 * response is an error, so a 400 for a malformed invoice, a 404 for an unknown supplier or a 422 for a failed
 * validation is sent again unchanged, and a 429 at once.
 */
public class SupplierInvoiceRestClientInterceptorResendsEveryError {

  private static final int MAX_ATTEMPTS = 3;

  private final RestClient restClient;

  public SupplierInvoiceRestClientInterceptorResendsEveryError(String baseUrl) {
    this.restClient =
        RestClient.builder()
            .baseUrl(baseUrl)
            .requestInterceptor(
                (request, body, execution) -> {
                  int attempt = 0;
                  while (true) {
                    attempt++;
                    // BUG: Diagnostic contains: NonRetryableErrorRetried
                    // BUG: Diagnostic contains: RetryAfterIgnored
                    // BUG: Diagnostic contains: RetryWithoutBackoff
                    ClientHttpResponse response = execution.execute(request, body);
                    if (!response.getStatusCode().isError() || attempt >= MAX_ATTEMPTS) {
                      return response;
                    }
                    response.close();
                  }
                })
            .build();
  }

  public String supplierInvoice(String id) throws IOException {
    return restClient.get().uri("/supplier-invoices/{id}", id).retrieve().body(String.class);
  }
}
