package inputs.nonretryableerrorretried;

import com.amazonaws.AmazonClientException;
import com.amazonaws.AmazonServiceException;
import com.amazonaws.AmazonWebServiceRequest;
import com.amazonaws.ClientConfiguration;
import com.amazonaws.retry.PredefinedBackoffStrategies;
import com.amazonaws.retry.RetryPolicy;
import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;
import java.io.IOException;

/**
 * Ledger export to S3: connection failures and the errors of a gateway or a server that broke
 * mid-request (500, 502, 504) are re-sent after a jittered back-off; every 4xx fails the export at
 * once, and a throttled export (503 SlowDown, 429) is left to the job scheduler, which waits.
 */
public class LedgerExportS3ConditionRetriesGatewayErrorsOnly {
  private static final int MAX_RETRIES = 4;

  public AmazonS3 ledgerClient() {
    RetryPolicy.RetryCondition gatewayErrors =
        new RetryPolicy.RetryCondition() {
          @Override
          public boolean shouldRetry(
              AmazonWebServiceRequest originalRequest,
              AmazonClientException exception,
              int retriesAttempted) {
            if (retriesAttempted >= MAX_RETRIES) {
              return false;
            }
            if (exception instanceof AmazonServiceException) {
              int status = ((AmazonServiceException) exception).getStatusCode();
              if (status >= 400 && status < 500) {
                return false;
              }
              return status == 500 || status == 502 || status == 504;
            }
            return exception.getCause() instanceof IOException;
          }
        };
    ClientConfiguration configuration =
        new ClientConfiguration()
            .withRetryPolicy(
                new RetryPolicy(
                    gatewayErrors,
                    new PredefinedBackoffStrategies.EqualJitterBackoffStrategy(100, 5_000),
                    MAX_RETRIES,
                    false));
    return AmazonS3ClientBuilder.standard().withClientConfiguration(configuration).build();
  }
}
