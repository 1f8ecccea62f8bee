package inputs.retryafterignored;

import java.time.Duration;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * Report queue client behind a gateway that throttles with 429 and Retry-After: the client's
 * default strategy is given, in place, the gateway's throttled answers to re-send, and waits a
 * fixed second between attempts whatever the gateway asked for.
 */
public class ReportQueueV2StrategyConfiguredInPlaceRetriesThrottledOnFixedDelay {
  private static final int TOO_MANY_REQUESTS = 429;

  public ClientOverrideConfiguration queueOverrides() {
    ClientOverrideConfiguration.Builder overrides = ClientOverrideConfiguration.builder();
    // BUG: Diagnostic contains: RetryAfterIgnored
    overrides.retryStrategy(
        strategy -> {
          strategy.maxAttempts(5);
          strategy.retryOnException(
              failure ->
                  failure instanceof AwsServiceException
                      && ((AwsServiceException) failure).statusCode() == TOO_MANY_REQUESTS);
          strategy.backoffStrategy(BackoffStrategy.fixedDelay(Duration.ofSeconds(1)));
        });
    return overrides.build();
  }
}
