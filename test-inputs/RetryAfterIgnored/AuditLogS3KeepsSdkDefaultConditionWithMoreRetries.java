package inputs.retryafterignored;

import com.amazonaws.ClientConfiguration;
import com.amazonaws.retry.PredefinedBackoffStrategies;
import com.amazonaws.retry.PredefinedRetryPolicies;
import com.amazonaws.retry.RetryPolicy;
import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;

/**
 * Audit log shipper: keeps the SDK's own retry condition (server errors, throttling, clock skew)
 * and only allows more attempts with a longer jittered back-off for the nightly bulk upload.
 */
public class AuditLogS3KeepsSdkDefaultConditionWithMoreRetries {

  public AmazonS3 auditClient() {
    RetryPolicy policy =
        new RetryPolicy(
            PredefinedRetryPolicies.DEFAULT_RETRY_CONDITION,
            new PredefinedBackoffStrategies.FullJitterBackoffStrategy(500, 30_000),
            10,
            false);
    return AmazonS3ClientBuilder.standard()
        .withClientConfiguration(new ClientConfiguration().withRetryPolicy(policy))
        .build();
  }
}
