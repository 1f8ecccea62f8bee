package inputs.nonretryableerrorretried;

import java.time.Duration;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * Invoice archive index writer: a strategy of its own that re-sends transport failures and the
 * server errors of the index store (500, 502, 504); a 400 for a bad document and a 403 for a denied
 * role fail at once, and a throttled write (429, 503) fails to the caller, which requeues it.
 */
public class ArchiveIndexV2StrategyRetriesTransportAndServerErrorsOnly {
  private static final int MAX_ATTEMPTS = 4;

  public ClientOverrideConfiguration indexOverrides() {
    StandardRetryStrategy strategy =
        DefaultRetryStrategy.standardStrategyBuilder()
            .maxAttempts(MAX_ATTEMPTS)
            .retryOnExceptionInstanceOf(SdkClientException.class)
            .retryOnException(ArchiveIndexV2StrategyRetriesTransportAndServerErrorsOnly::isServerError)
            .retryOnException(
                failure ->
                    failure instanceof SdkServiceException
                        && (((SdkServiceException) failure).statusCode() == 500
                            || ((SdkServiceException) failure).statusCode() == 502
                            || ((SdkServiceException) failure).statusCode() == 504))
            .backoffStrategy(
                BackoffStrategy.exponentialDelay(Duration.ofMillis(50), Duration.ofSeconds(2)))
            .build();
    return ClientOverrideConfiguration.builder().retryStrategy(strategy).build();
  }

  private static boolean isServerError(Throwable failure) {
    return failure instanceof SdkServiceException
        && ((SdkServiceException) failure).statusCode() >= 500
        && ((SdkServiceException) failure).statusCode() != 503;
  }
}
