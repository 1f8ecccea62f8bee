package inputs.nonretryableerrorretried;

import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.conditions.RetryOnStatusCodeCondition;

/**
 * Ledger reader whose caller owns the retries: the in-place policy keeps the condition the shared
 * configuration lists (a 409 for a ledger being closed among them) but allows no retry, so every
 * failure goes straight back to the caller.
 */
public class LedgerReaderV2PolicyConfiguredInPlaceNeverRetries {

  public ClientOverrideConfiguration readerOverrides() {
    return ClientOverrideConfiguration.builder()
        .retryPolicy(
            policy ->
                policy
                    .retryCondition(RetryOnStatusCodeCondition.create(409, 500, 503))
                    .numRetries(0))
        .build();
  }
}
