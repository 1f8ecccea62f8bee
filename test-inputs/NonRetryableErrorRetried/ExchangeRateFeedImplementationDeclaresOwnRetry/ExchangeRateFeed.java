package inputs.nonretryableerrorretried.ownretry;

import java.util.Map;
import org.springframework.retry.annotation.Retryable;

/**
 * Daily exchange rates for invoices in foreign currencies. The interface asks for a retry of every
 * failure, but the central bank feed declares its own narrower retry on its method, which is the
 * one its proxy applies: only connection failures are sent again.
 */
public interface ExchangeRateFeed {

  @Retryable(maxAttempts = 3)
  Map<String, Double> rates(String baseCurrency);
}
