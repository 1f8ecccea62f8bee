package inputs.retryafterignored;

import java.time.Duration;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * Invoice index writer: the in-place strategy re-sends transport failures and the index store's
 * server errors, but not a throttled write (429, 503), which fails to the caller that requeues it
 * with the Retry-After it carries; a fixed back-off between server errors is fine.
 */
public class InvoiceIndexV2StrategyConfiguredInPlaceRetriesServerErrorsOnly {

  public ClientOverrideConfiguration indexOverrides() {
    return ClientOverrideConfiguration.builder()
        .retryStrategy(
            strategy ->
                strategy
                    .maxAttempts(4)
                    .retryOnException(SdkClientException.class)
                    .retryOnException(
                        failure ->
                            failure instanceof SdkServiceException
                                && ((SdkServiceException) failure).statusCode() >= 500
                                && ((SdkServiceException) failure).statusCode() != 503)
                    .backoffStrategy(BackoffStrategy.fixedDelay(Duration.ofMillis(200))))
        .build();
  }
}
