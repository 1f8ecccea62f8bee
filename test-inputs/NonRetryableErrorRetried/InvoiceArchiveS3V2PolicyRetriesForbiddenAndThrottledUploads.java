package inputs.nonretryableerrorretried;

import java.util.Set;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.core.retry.backoff.FullJitterBackoffStrategy;
import software.amazon.awssdk.core.retry.conditions.OrRetryCondition;
import software.amazon.awssdk.core.retry.conditions.RetryOnExceptionsCondition;
import software.amazon.awssdk.core.retry.conditions.RetryOnStatusCodeCondition;
import java.time.Duration;

/**
 * Invoice archive uploader (AWS SDK v2): a 403 is taken for a role that has not reached S3 yet and
 * is re-sent with the throttled and failed uploads, but a bucket policy that denies the role answers
 * 403 for good; a 429 or 503 SlowDown is re-sent on the policy's own jittered delay.
 */
public class InvoiceArchiveS3V2PolicyRetriesForbiddenAndThrottledUploads {
  private static final Set<Integer> RETRIED_STATUSES = Set.of(403, 429, 500, 503);

  public ClientOverrideConfiguration archiveOverrides() {
    RetryPolicy policy =
        RetryPolicy.builder()
            .numRetries(6)
            .retryCondition(
                OrRetryCondition.create(
                    RetryOnStatusCodeCondition.create(RETRIED_STATUSES),
                    RetryOnExceptionsCondition.create(SdkClientException.class)))
            .backoffStrategy(
                FullJitterBackoffStrategy.builder()
                    .baseDelay(Duration.ofMillis(200))
                    .maxBackoffTime(Duration.ofSeconds(20))
                    .build())
            .build();
    return ClientOverrideConfiguration.builder()
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        // BUG: Diagnostic contains: RetryAfterIgnored
        .retryPolicy(policy)
        .build();
  }
}
