package inputs.nonretryableerrorretried;

import java.time.Duration;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.retry.backoff.EqualJitterBackoffStrategy;
import software.amazon.awssdk.core.retry.conditions.OrRetryCondition;
import software.amazon.awssdk.core.retry.conditions.RetryOnExceptionsCondition;
import software.amazon.awssdk.core.retry.conditions.RetryOnStatusCodeCondition;

/**
 * Document store reader (AWS SDK v2) whose policy is configured in place on the override builder: a
 * 404 is taken for an object that has not replicated yet and is re-sent with the gateway errors,
 * but a key that was never written answers 404 on every attempt.
 */
public class DocumentStoreV2PolicyConfiguredInPlaceRetriesMissingObjects {
  private static final int NOT_FOUND = 404;

  public ClientOverrideConfiguration readerOverrides() {
    return ClientOverrideConfiguration.builder()
        .apiCallAttemptTimeout(Duration.ofSeconds(5))
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        .retryPolicy(
            policy ->
                policy
                    .numRetries(5)
                    .retryCondition(
                        OrRetryCondition.create(
                            RetryOnStatusCodeCondition.create(NOT_FOUND, 502, 504),
                            RetryOnExceptionsCondition.create(SdkClientException.class)))
                    .backoffStrategy(
                        EqualJitterBackoffStrategy.builder()
                            .baseDelay(Duration.ofMillis(100))
                            .maxBackoffTime(Duration.ofSeconds(5))
                            .build()))
        .build();
  }
}
