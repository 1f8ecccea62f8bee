package inputs.nonretryableerrorretried;

import org.springframework.retry.RetryCallback;
import org.springframework.retry.RetryContext;
import org.springframework.retry.RetryListener;
import org.springframework.retry.backoff.FixedBackOffPolicy;
import org.springframework.retry.policy.SimpleRetryPolicy;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestTemplate;

/**
 * Uploads the PDF of each paid receipt to the document archive. The template re-sends client errors
 * as well as server errors; its listener only records the attempt count for the metrics, so a
 * rejected upload (400, 403, 404) is sent again, unchanged, three more times.
 */
public class ReceiptArchiveTemplateListenerRefreshesNothing {
  private final RestTemplate restTemplate;
  private final RetryTemplate retryTemplate = new RetryTemplate();
  private int lastAttempts;

  public ReceiptArchiveTemplateListenerRefreshesNothing(RestTemplate restTemplate) {
    this.restTemplate = restTemplate;
    // BUG: Diagnostic contains: NonRetryableErrorRetried
    // BUG: Diagnostic contains: RetryAfterIgnored
    retryTemplate.setRetryPolicy(new SimpleRetryPolicy(4, java.util.Map.of(HttpClientErrorException.class, true, HttpServerErrorException.class, true)));
    FixedBackOffPolicy backOff = new FixedBackOffPolicy();
    backOff.setBackOffPeriod(2_000);
    retryTemplate.setBackOffPolicy(backOff);
    retryTemplate.registerListener(
        new RetryListener() {
          @Override
          public <T, E extends Throwable> void close(
              RetryContext context, RetryCallback<T, E> callback, Throwable throwable) {
            lastAttempts = context.getRetryCount();
          }
        });
  }

  public void archive(String receiptId, byte[] pdf) {
    retryTemplate.execute(context -> restTemplate.postForEntity("/archive/receipts/{id}", pdf, Void.class, receiptId));
  }

  public int lastAttempts() {
    return lastAttempts;
  }
}
