package inputs.nonretryableerrorretried;

import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.core.retry.conditions.AndRetryCondition;
import software.amazon.awssdk.core.retry.conditions.MaxNumberOfRetriesCondition;
import software.amazon.awssdk.core.retry.conditions.OrRetryCondition;
import software.amazon.awssdk.core.retry.conditions.RetryCondition;
import software.amazon.awssdk.core.retry.conditions.RetryOnStatusCodeCondition;

/**
 * Ledger export: keeps the SDK's own condition and adds the gateway errors of the export proxy
 * (500, 502, 504) and other server errors; a 4xx fails the export at once, and a 503 is retried only
 * as the SDK's default condition does.
 */
public class LedgerExportV2PolicyRetriesGatewayErrorsBesideSdkDefault {

  public ClientOverrideConfiguration ledgerOverrides() {
    RetryCondition gatewayErrors =
        AndRetryCondition.create(
            MaxNumberOfRetriesCondition.create(3),
            RetryOnStatusCodeCondition.create(500, 502, 504));
    // Server errors of the proxy; a 503 SlowDown is left to the SDK's own throttling back-off.
    RetryCondition serverErrors =
        context -> {
          if (!(context.exception() instanceof SdkServiceException)) {
            return false;
          }
          int status = ((SdkServiceException) context.exception()).statusCode();
          return status >= 500 && status != 503;
        };
    RetryPolicy policy =
        RetryPolicy.builder()
            .retryCondition(
                OrRetryCondition.create(
                    RetryCondition.defaultRetryCondition(), gatewayErrors, serverErrors))
            .build();
    return ClientOverrideConfiguration.builder().retryPolicy(policy).build();
  }
}
