package inputs.retryafterignored;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.retry.RetryContext;
import org.springframework.retry.backoff.BackOffContext;
import org.springframework.retry.backoff.BackOffInterruptedException;
import org.springframework.retry.backoff.BackOffPolicy;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.web.client.ResponseErrorHandler;
import org.springframework.web.client.RestTemplate;

/**
 * Synchronises payments. The error handler raises a retryable exception for throttling and server errors, carrying
 * the Retry-After header, and the template's back-off waits what it says.
 */
public class PaymentSyncTemplateWaitsRetryAfterCarriedByItsOwnException {

  /** Worth another attempt after {@code retryAfterSeconds} (-1 when the server said nothing). */
  public static class PaymentApiBusyException extends RuntimeException {
    private final long retryAfterSeconds;

    public PaymentApiBusyException(int status, long retryAfterSeconds) {
      super("busy: " + status);
      this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }

  /** Not worth another attempt. */
  public static class PaymentRequestInvalidException extends RuntimeException {
    public PaymentRequestInvalidException(int status) {
      super("invalid: " + status);
    }
  }

  /** Sleeps for the Retry-After the busy exception carries, two seconds when there was none. */
  static final class RetryAfterBackOff implements BackOffPolicy {
    @Override
    public BackOffContext start(RetryContext context) {
      return new RetryContextHolder(context);
    }

    @Override
    public void backOff(BackOffContext backOffContext) throws BackOffInterruptedException {
      Throwable last = ((RetryContextHolder) backOffContext).context.getLastThrowable();
      long seconds = last instanceof PaymentApiBusyException busy ? busy.retryAfterSeconds() : -1;
      try {
        TimeUnit.SECONDS.sleep(seconds >= 0 ? seconds : 2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BackOffInterruptedException("interrupted while waiting for " + HttpHeaders.RETRY_AFTER, e);
      }
    }
  }

  /** The retry a back-off belongs to. */
  static final class RetryContextHolder implements BackOffContext {
    final RetryContext context;

    RetryContextHolder(RetryContext context) {
      this.context = context;
    }
  }

  private static final RetryTemplate SYNC_RETRY = RetryTemplate.builder()
      .maxAttempts(5)
      .retryOn(PaymentApiBusyException.class)
      .customBackoff(new RetryAfterBackOff())
      .build();

  private final RestTemplate restTemplate;

  public PaymentSyncTemplateWaitsRetryAfterCarriedByItsOwnException(RestTemplate restTemplate) {
    this.restTemplate = restTemplate;
    this.restTemplate.setErrorHandler(new ResponseErrorHandler() {
      @Override
      public boolean hasError(ClientHttpResponse response) throws IOException {
        HttpStatusCode status = response.getStatusCode();
        return status.is4xxClientError() || status.is5xxServerError();
      }

      @Override
      public void handleError(URI url, HttpMethod method, ClientHttpResponse response) throws IOException {
        HttpStatusCode status = response.getStatusCode();
        if (status.value() != 429 && status.is4xxClientError()) {
          throw new PaymentRequestInvalidException(status.value());
        }
        String header = response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER);
        // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
        throw new PaymentApiBusyException(status.value(), header == null ? -1 : Long.parseLong(header.trim()));
      }
    });
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> payments(int companyId, int page) {
    return SYNC_RETRY.execute(context -> restTemplate.getForObject(
        "https://api.example.com/c/{companyId}/payments?page={page}", Map.class, companyId, page));
  }
}
