package inputs.retryafterignored;

import java.time.Duration;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClient;

/**
 * Downloads the PDF of issued documents for the customer portal. The retry predicate accepts only the proxy's 502
 * and 504, which carry no Retry-After; throttling and unavailability are left to the caller.
 */
public class DocumentPdfFetcherPolicyPredicateRetriesGatewayErrors {

  private final RestClient documentStorage;
  private final RetryTemplate retryTemplate;

  public DocumentPdfFetcherPolicyPredicateRetriesGatewayErrors(RestClient documentStorage) {
    this.documentStorage = documentStorage;
    this.retryTemplate = new RetryTemplate(RetryPolicy.builder()
        .predicate(failure -> failure instanceof HttpServerErrorException.BadGateway
            || failure instanceof HttpServerErrorException.GatewayTimeout)
        .maxRetries(3)
        .delay(Duration.ofMillis(500))
        // BUG: Diagnostic contains: RetryWithoutBackoff
        .build());
  }

  public byte[] pdf(String attachmentUrl) throws RetryException {
    return retryTemplate.execute(() -> documentStorage.get().uri(attachmentUrl).retrieve().body(byte[].class));
  }
}
