package inputs.retryafterignored;

import com.amazonaws.ClientConfiguration;
import com.amazonaws.retry.PredefinedBackoffStrategies;
import com.amazonaws.retry.RetryPolicy;
import com.amazonaws.retry.RetryUtils;
import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;

/**
 * Thumbnail store: a throttled PUT (429 Too Many Requests from the upload gateway, 503 SlowDown) is
 * re-sent after the policy's exponential back-off, however long the throttled response asked the
 * client to wait.
 */
public class ThumbnailStoreS3PolicyRetriesThrottlingOnOwnBackoff {

  public AmazonS3 thumbnailClient(String endpoint) {
    RetryPolicy policy =
        RetryPolicy.builder()
            .withRetryCondition(
                (request, exception, retriesAttempted) ->
                    RetryUtils.isThrottlingException(exception)
                        || RetryUtils.isRetryableServiceException(exception))
            .withBackoffStrategy(
                new PredefinedBackoffStrategies.ExponentialBackoffStrategy(250, 20_000))
            .withMaxErrorRetry(8)
            .build();
    ClientConfiguration configuration = new ClientConfiguration();
    // BUG: Diagnostic contains: RetryAfterIgnored
    configuration.setRetryPolicy(policy);
    return AmazonS3ClientBuilder.standard().withClientConfiguration(configuration).build();
  }
}
