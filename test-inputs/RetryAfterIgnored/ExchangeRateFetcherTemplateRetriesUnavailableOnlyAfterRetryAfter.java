package inputs.retryafterignored;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.retry.RetryContext;
import org.springframework.retry.backoff.BackOffContext;
import org.springframework.retry.backoff.BackOffPolicy;
import org.springframework.retry.policy.SimpleRetryPolicy;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClient;

/**
 * Fetches the day's exchange rates for invoices in foreign currency. Only a 503 is retried, and the back-off policy
 * declared below waits the Retry-After time the rate service sends with it.
 */
public class ExchangeRateFetcherTemplateRetriesUnavailableOnlyAfterRetryAfter {

  /** Sleeps for the Retry-After seconds of the 503, one second when the header is missing. */
  static final class RetryAfterSleep implements BackOffPolicy {
    private record Last(RetryContext retry) implements BackOffContext {}

    @Override
    public BackOffContext start(RetryContext context) {
      return new Last(context);
    }

    @Override
    public void backOff(BackOffContext context) {
      Throwable failure = ((Last) context).retry().getLastThrowable();
      String retryAfter = failure instanceof HttpServerErrorException e && e.getResponseHeaders() != null
          ? e.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)
          : null;
      try {
        // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
        Thread.sleep(retryAfter == null ? 1_000L : Long.parseLong(retryAfter.trim()) * 1_000L);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private final RestClient rates;
  private final RetryTemplate retryTemplate;

  public ExchangeRateFetcherTemplateRetriesUnavailableOnlyAfterRetryAfter(RestClient rates) {
    this.rates = rates;
    RetryTemplate template = new RetryTemplate();
    template.setRetryPolicy(new SimpleRetryPolicy(3,
        Map.of(HttpServerErrorException.ServiceUnavailable.class, true)));
    template.setBackOffPolicy(new RetryAfterSleep());
    this.retryTemplate = template;
  }

  @SuppressWarnings("unchecked")
  public BigDecimal rate(String currency) {
    Map<String, Object> body = retryTemplate.execute(context -> rates.get()
        .uri("/rates/latest?base=EUR&symbols={currency}", currency)
        .retrieve()
        .body(Map.class));
    return new BigDecimal(String.valueOf(((Map<String, Object>) body.get("rates")).get(currency)));
  }
}
