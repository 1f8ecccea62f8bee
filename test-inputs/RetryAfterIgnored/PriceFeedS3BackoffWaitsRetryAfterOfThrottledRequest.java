package inputs.retryafterignored;

import com.amazonaws.AmazonClientException;
import com.amazonaws.AmazonServiceException;
import com.amazonaws.AmazonWebServiceRequest;
import com.amazonaws.ClientConfiguration;
import com.amazonaws.retry.RetryPolicy;
import com.amazonaws.retry.RetryUtils;
import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;

/**
 * Price feed reader behind an S3-compatible gateway that answers 429 with Retry-After: throttling
 * and server errors are re-sent, and the back-off waits what the throttled response asked for,
 * doubling its own delay only when the header is missing.
 */
public class PriceFeedS3BackoffWaitsRetryAfterOfThrottledRequest {

  static final class RetryAfterBackoff implements RetryPolicy.BackoffStrategy {
    @Override
    public long delayBeforeNextRetry(
        AmazonWebServiceRequest originalRequest,
        AmazonClientException exception,
        int retriesAttempted) {
      if (exception instanceof AmazonServiceException) {
        String retryAfter =
            ((AmazonServiceException) exception).getHttpHeaders().get("Retry-After");
        if (retryAfter != null) {
          // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
          return Long.parseLong(retryAfter.trim()) * 1_000L;
        }
      }
      return Math.min(20_000L, 200L << retriesAttempted);
    }
  }

  public AmazonS3 priceFeedClient() {
    RetryPolicy policy =
        new RetryPolicy(
            (request, exception, retriesAttempted) ->
                RetryUtils.isThrottlingException(exception)
                    || RetryUtils.isRetryableServiceException(exception),
            new RetryAfterBackoff(),
            5,
            false);
    ClientConfiguration configuration = new ClientConfiguration().withRetryPolicy(policy);
    return AmazonS3ClientBuilder.standard().withClientConfiguration(configuration).build();
  }
}
