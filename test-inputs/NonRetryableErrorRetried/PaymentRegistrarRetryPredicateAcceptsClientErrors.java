package inputs.nonretryableerrorretried;

import java.lang.reflect.Method;
import java.util.Map;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.resilience.retry.MethodRetryPredicate;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Registers incoming bank payments on the matching Fatture in Cloud invoice. The retry predicate accepts every client
 * error: a 409 for an invoice already marked as paid is sent again, and a 429 waits one second whatever Retry-After
 * says.
 */
public class PaymentRegistrarRetryPredicateAcceptsClientErrors {

  /** Decides which failures of a payment registration are tried again. */
  public static final class ClientErrorRetryPredicate implements MethodRetryPredicate {
    @Override
    public boolean shouldRetry(Method method, Throwable failure) {
      return failure instanceof HttpClientErrorException;
    }
  }

  private final RestClient fattureInCloud;
  private final int companyId;

  public PaymentRegistrarRetryPredicateAcceptsClientErrors(RestClient fattureInCloud, int companyId) {
    this.fattureInCloud = fattureInCloud;
    this.companyId = companyId;
  }

  // BUG: Diagnostic contains: NonRetryableErrorRetried
  // BUG: Diagnostic contains: RetryAfterIgnored
  @Retryable(predicate = ClientErrorRetryPredicate.class, maxRetries = 3)
  public void registerPayment(int documentId, double amount, String paidDate) {
    fattureInCloud.put()
        .uri("/c/{companyId}/issued_documents/{documentId}", companyId, documentId)
        .body(Map.of("data", Map.of("payments_list",
            java.util.List.of(Map.of("amount", amount, "paid_date", paidDate, "status", "paid")))))
        .retrieve()
        .toBodilessEntity();
  }
}
