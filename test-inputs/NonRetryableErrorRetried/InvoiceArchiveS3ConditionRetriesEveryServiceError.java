package inputs.nonretryableerrorretried;

import com.amazonaws.AmazonServiceException;
import com.amazonaws.ClientConfiguration;
import com.amazonaws.regions.Regions;
import com.amazonaws.retry.PredefinedRetryPolicies;
import com.amazonaws.retry.RetryPolicy;
import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;
import java.io.IOException;

/**
 * S3 client of the invoice archive: every failed upload is tried again up to five times, whatever
 * the service answered, so a 400 for a malformed key or a 403 for a bucket policy that denies the
 * role is sent five more times before the archive job fails.
 */
public class InvoiceArchiveS3ConditionRetriesEveryServiceError {
  private static final int MAX_ATTEMPTS = 5;

  public AmazonS3 archiveClient(String region) {
    RetryPolicy.RetryCondition anyFailure =
        (originalRequest, exception, retriesAttempted) -> {
          if (retriesAttempted >= MAX_ATTEMPTS) {
            return false;
          }
          if (exception.getCause() instanceof IOException) {
            return true;
          }
          return exception instanceof AmazonServiceException;
        };
    RetryPolicy policy =
        new RetryPolicy(
            anyFailure, PredefinedRetryPolicies.DEFAULT_BACKOFF_STRATEGY, MAX_ATTEMPTS, false);
    // BUG: Diagnostic contains: NonRetryableErrorRetried
    // BUG: Diagnostic contains: RetryAfterIgnored
    ClientConfiguration configuration = new ClientConfiguration().withRetryPolicy(policy);
    return AmazonS3ClientBuilder.standard()
        .withClientConfiguration(configuration)
        .withRegion(Regions.fromName(region))
        .build();
  }
}
