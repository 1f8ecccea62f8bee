package inputs.nonretryableerrorretried;

import com.amazonaws.AmazonClientException;
import com.amazonaws.AmazonServiceException;
import com.amazonaws.AmazonWebServiceRequest;
import com.amazonaws.ClientConfiguration;
import com.amazonaws.retry.PredefinedBackoffStrategies;
import com.amazonaws.retry.RetryPolicy;
import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;

/**
 * Uploads monthly reports with a freshly assumed role. Access denied is taken for an IAM change that
 * has not reached S3 yet and re-sent with the server errors, but a 403 also comes for a bucket
 * policy that denies the role for good, and no re-send changes that.
 */
public class ReportUploadS3ConditionRetriesAccessDeniedWhileRoleSpreads {

  static final class AccessDeniedOrServerError implements RetryPolicy.RetryCondition {
    @Override
    // BUG: Diagnostic contains: NonRetryableErrorRetried
    // BUG: Diagnostic contains: RetryAfterIgnored
    public boolean shouldRetry(
        AmazonWebServiceRequest originalRequest,
        AmazonClientException exception,
        int retriesAttempted) {
      if (!(exception instanceof AmazonServiceException)) {
        return false;
      }
      int status = ((AmazonServiceException) exception).getStatusCode();
      return status == 403 || status >= 500;
    }
  }

  public AmazonS3 reportClient() {
    ClientConfiguration configuration = new ClientConfiguration();
    configuration.setRetryPolicy(
        new RetryPolicy(
            new AccessDeniedOrServerError(),
            new PredefinedBackoffStrategies.FullJitterBackoffStrategy(200, 10_000),
            6,
            true));
    return AmazonS3ClientBuilder.standard().withClientConfiguration(configuration).build();
  }
}
