package inputs.retryafterignored;

import java.time.Duration;
import software.amazon.awssdk.core.client.builder.SdkClientBuilder;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy;
import software.amazon.awssdk.core.retry.conditions.OrRetryCondition;
import software.amazon.awssdk.core.retry.conditions.RetryOnStatusCodeCondition;
import software.amazon.awssdk.core.retry.conditions.RetryOnThrottlingCondition;

/**
 * Applies the statement service's retry settings to any SDK client of the invoicing archive: a
 * throttled call (429, 503 SlowDown) is re-sent every two seconds, however long the service asked
 * the client to wait.
 */
public final class StatementClientsV2OverrideRetriesThrottledCallsOnFixedDelay {
  private StatementClientsV2OverrideRetriesThrottledCallsOnFixedDelay() {}

  public static <B extends SdkClientBuilder<B, C>, C> C withStatementRetries(B builder) {
    RetryPolicy policy =
        RetryPolicy.builder()
            .numRetries(3)
            .retryCondition(
                OrRetryCondition.create(
                    RetryOnThrottlingCondition.create(), RetryOnStatusCodeCondition.create(503)))
            .backoffStrategy(FixedDelayBackoffStrategy.create(Duration.ofSeconds(2)))
            .throttlingBackoffStrategy(FixedDelayBackoffStrategy.create(Duration.ofSeconds(2)))
            .build();
    // BUG: Diagnostic contains: RetryAfterIgnored
    return builder.overrideConfiguration(o -> o.retryPolicy(policy)).build();
  }
}
