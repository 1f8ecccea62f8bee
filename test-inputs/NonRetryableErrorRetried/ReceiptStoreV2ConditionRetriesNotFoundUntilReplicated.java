package inputs.nonretryableerrorretried;

import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.core.retry.backoff.BackoffStrategy;

/**
 * Receipt store reader: a receipt written by the archive job a moment ago is read back, and a 404 is
 * taken for replication lag and re-sent with the server errors, though a receipt that was never
 * archived answers 404 on every attempt.
 */
public class ReceiptStoreV2ConditionRetriesNotFoundUntilReplicated {
  private static final int MAX_RETRIES = 4;

  public ClientOverrideConfiguration receiptOverrides() {
    return ClientOverrideConfiguration.builder()
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        .retryPolicy(
            RetryPolicy.builder()
                .numRetries(MAX_RETRIES)
                .retryCondition(
                    context -> {
                      if (context.retriesAttempted() >= MAX_RETRIES) {
                        return false;
                      }
                      Integer status = context.httpStatusCode();
                      if (status == null) {
                        return false;
                      }
                      return status == 404 || status == 500 || status == 502 || status == 504;
                    })
                .backoffStrategy(BackoffStrategy.defaultStrategy())
                .build())
        .build();
  }
}
