package inputs.nonretryableerrorretried.resilientabstract;

import java.math.BigDecimal;
import org.springframework.resilience.annotation.Retryable;

/**
 * Looks up VAT rates for the invoice lines. The base class declares the retry for every country
 * source: any failure is retried, so a 400 for a malformed country code is sent three more times,
 * and a 429 waits Spring's own delay instead of its Retry-After.
 */
public abstract class TaxRateLookup {

  public BigDecimal rateFor(String countryCode, String category) {
    BigDecimal rate = fetchRate(countryCode.toUpperCase(), category);
    return rate == null ? BigDecimal.ZERO : rate;
  }

  // BUG: Diagnostic contains: NonRetryableErrorRetried
  // BUG: Diagnostic contains: RetryAfterIgnored
  @Retryable(maxRetries = 3)
  protected abstract BigDecimal fetchRate(String countryCode, String category);
}
