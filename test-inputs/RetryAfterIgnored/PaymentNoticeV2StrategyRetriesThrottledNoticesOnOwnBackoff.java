package inputs.retryafterignored;

import java.time.Duration;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * Payment notice queue behind an API gateway that throttles with 429 and Retry-After: the strategy
 * adds the gateway's throttled answers to the SDK's retries and waits its own exponential delay,
 * whatever the gateway asked for.
 */
public class PaymentNoticeV2StrategyRetriesThrottledNoticesOnOwnBackoff {

  public ClientOverrideConfiguration noticeOverrides() {
    StandardRetryStrategy strategy =
        AwsRetryStrategy.standardRetryStrategy().toBuilder()
            .maxAttempts(6)
            .retryOnException(
                failure ->
                    failure instanceof SdkServiceException
                        && ((SdkServiceException) failure).statusCode() == 429)
            .backoffStrategy(
                BackoffStrategy.exponentialDelay(Duration.ofMillis(100), Duration.ofSeconds(10)))
            .build();
    return ClientOverrideConfiguration.builder()
        // BUG: Diagnostic contains: RetryAfterIgnored
        .retryStrategy(strategy)
        .build();
  }
}
