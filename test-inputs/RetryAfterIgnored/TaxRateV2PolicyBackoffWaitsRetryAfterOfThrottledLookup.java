package inputs.retryafterignored;

import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.core.retry.backoff.BackoffStrategy;
import software.amazon.awssdk.core.retry.conditions.RetryOnStatusCodeCondition;

/**
 * Tax rate lookup through a regional gateway that answers 429 and 503 with Retry-After: both are
 * re-sent, and the back-off waits what the throttled answer asked for, falling back to a doubling
 * delay of its own only when the header is missing.
 */
public class TaxRateV2PolicyBackoffWaitsRetryAfterOfThrottledLookup {

  public ClientOverrideConfiguration taxRateOverrides() {
    BackoffStrategy retryAfterFirst =
        context -> {
          SdkException failure = context.exception();
          if (failure instanceof AwsServiceException) {
            Optional<String> retryAfter =
                ((AwsServiceException) failure)
                    .awsErrorDetails()
                    .sdkHttpResponse()
                    .firstMatchingHeader("Retry-After");
            if (retryAfter.isPresent()) {
              // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
              return Duration.ofSeconds(Long.parseLong(retryAfter.get().trim()));
            }
          }
          return Duration.ofMillis(Math.min(10_000L, 250L << context.retriesAttempted()));
        };
    RetryPolicy policy =
        RetryPolicy.builder()
            .numRetries(5)
            .retryCondition(RetryOnStatusCodeCondition.create(429, 503))
            .backoffStrategy(retryAfterFirst)
            .throttlingBackoffStrategy(retryAfterFirst)
            .build();
    return ClientOverrideConfiguration.builder().retryPolicy(policy).build();
  }
}
