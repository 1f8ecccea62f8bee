package dev.faultline.scanner.lowering;

import static dev.faultline.scanner.lowering.LibraryRows.BOOLEAN;
import static dev.faultline.scanner.lowering.LibraryRows.INT;
import static dev.faultline.scanner.lowering.LibraryRows.STRING;

import dev.faultline.analysis.library.HttpErrorTypes;
import java.util.List;
import java.util.Locale;

/**
 * Rows of the scanner's library tables: the AWS SDK for Java v2 ({@code software.amazon.awssdk}),
 * its client override configuration, retry policies and strategies and the service exceptions their
 * conditions read.
 */
final class AwsSdkV2Rows {
  private AwsSdkV2Rows() {}

  private static final String AWS = "software.amazon.awssdk.";
  private static final String RETRY = AWS + "core.retry.";
  private static final String CONDITIONS = RETRY + "conditions.";
  private static final String EXCEPTION = AWS + "core.exception.";
  private static final String STRATEGIES = AWS + "retries.";

  static void addTo(LibraryRows rows) {
    String override = AWS + "core.client.config.ClientOverrideConfiguration";
    String overrideBuilder = override + ".Builder";
    rows.returns(override + "#builder", overrideBuilder);
    rows.returns(override + "#toBuilder", overrideBuilder);
    rows.returns(overrideBuilder + "#build", override);
    rows.returns(overrideBuilder + "#*", overrideBuilder);

    String policy = RETRY + "RetryPolicy";
    String builder = policy + ".Builder";
    String condition = CONDITIONS + "RetryCondition";
    String context = RETRY + "RetryPolicyContext";
    String backoff = RETRY + "backoff.BackoffStrategy";
    rows.returns(policy + "#builder", builder);
    rows.returns(policy + "#toBuilder", builder);
    rows.returns(policy + "#defaultRetryPolicy", policy);
    rows.returns(policy + "#forRetryMode", policy);
    rows.returns(policy + "#none", policy);
    rows.returns(builder + "#build", policy);
    rows.returns(builder + "#*", builder);
    rows.lambdaParameters(builder + "#retryCondition/0", List.of(context));
    rows.lambdaParameters(builder + "#backoffStrategy/0", List.of(context));
    rows.lambdaParameters(builder + "#throttlingBackoffStrategy/0", List.of(context));
    rows.functional(condition, context);
    rows.functional(backoff, context);
    rows.returns(condition + "#shouldRetry", BOOLEAN);
    rows.returns(condition + "#defaultRetryCondition", condition);
    rows.returns(condition + "#none", condition);
    for (String made :
        List.of(
            "OrRetryCondition",
            "AndRetryCondition",
            "RetryOnStatusCodeCondition",
            "RetryOnExceptionsCondition",
            "RetryOnThrottlingCondition",
            "RetryOnClockSkewCondition",
            "MaxNumberOfRetriesCondition")) {
      rows.supertypes(CONDITIONS + made, condition);
      rows.returns(CONDITIONS + made + "#create", CONDITIONS + made);
    }
    for (int index = 0; index < 4; index++) {
      rows.lambdaParameters(CONDITIONS + "OrRetryCondition#create/" + index, List.of(context));
      rows.lambdaParameters(CONDITIONS + "AndRetryCondition#create/" + index, List.of(context));
    }
    rows.returns(context + "#exception", EXCEPTION + "SdkException");
    rows.returns(context + "#httpStatusCode", "java.lang.Integer");
    rows.returns(context + "#retriesAttempted", INT);
    rows.returns(context + "#totalRequests", INT);
    rows.returns(backoff + "#computeDelayBeforeNextRetry", "java.time.Duration");
    rows.returns(backoff + "#none", backoff);
    rows.returns(backoff + "#defaultStrategy", backoff);
    rows.returns(backoff + "#defaultThrottlingStrategy", backoff);
    for (String jitter : List.of("FullJitterBackoffStrategy", "EqualJitterBackoffStrategy")) {
      String type = RETRY + "backoff." + jitter;
      rows.supertypes(type, backoff);
      rows.returns(type + "#builder", type + ".Builder");
      rows.returns(type + ".Builder#build", type);
      rows.returns(type + ".Builder#*", type + ".Builder");
    }
    rows.supertypes(RETRY + "backoff.FixedDelayBackoffStrategy", backoff);
    rows.returns(
        RETRY + "backoff.FixedDelayBackoffStrategy#create",
        RETRY + "backoff.FixedDelayBackoffStrategy");
    for (String test :
        List.of(
            "isThrottlingException",
            "isServiceException",
            "isRetryableException",
            "isClockSkewException",
            "isRequestEntityTooLargeException")) {
      rows.returns(RETRY + "RetryUtils#" + test, BOOLEAN);
    }

    String strategy = STRATEGIES + "api.RetryStrategy";
    String strategyBackoff = STRATEGIES + "api.BackoffStrategy";
    for (String kind : List.of("Standard", "Adaptive", "Legacy")) {
      String type = STRATEGIES + kind + "RetryStrategy";
      rows.supertypes(type, strategy);
      rows.returns(type + "#builder", type + ".Builder");
      rows.returns(type + "#toBuilder", type + ".Builder");
      rows.returns(type + ".Builder#build", type);
      rows.returns(type + ".Builder#*", type + ".Builder");
      rows.lambdaParameters(type + ".Builder#retryOnException/0", List.of("java.lang.Throwable"));
      rows.lambdaParameters(type + ".Builder#treatAsThrottling/0", List.of("java.lang.Throwable"));
      rows.returns(
          STRATEGIES + "DefaultRetryStrategy#" + kind.toLowerCase(Locale.ROOT) + "StrategyBuilder",
          type + ".Builder");
      rows.returns(
          AWS + "awscore.retry.AwsRetryStrategy#" + kind.toLowerCase(Locale.ROOT) + "RetryStrategy",
          type);
    }
    rows.returns(AWS + "awscore.retry.AwsRetryStrategy#defaultRetryStrategy", strategy);
    rows.returns(AWS + "awscore.retry.AwsRetryStrategy#doNotRetry", strategy);
    rows.returns(AWS + "awscore.retry.AwsRetryStrategy#forRetryMode", strategy);
    rows.functional(strategyBackoff, INT);
    rows.returns(strategyBackoff + "#computeDelay", "java.time.Duration");
    for (String made :
        List.of(
            "retryImmediately",
            "fixedDelay",
            "fixedDelayWithoutJitter",
            "exponentialDelay",
            "exponentialDelayHalfJitter",
            "exponentialDelayWithoutJitter")) {
      rows.returns(strategyBackoff + "#" + made, strategyBackoff);
    }

    rows.supertypes(EXCEPTION + "SdkException", "java.lang.RuntimeException");
    rows.supertypes(EXCEPTION + "SdkClientException", EXCEPTION + "SdkException");
    rows.supertypes(EXCEPTION + "SdkServiceException", EXCEPTION + "SdkException");
    String service = AWS + "awscore.exception.AwsServiceException";
    rows.supertypes(service, EXCEPTION + "SdkServiceException");
    for (String model : HttpErrorTypes.AWS2_SERVICE_EXCEPTIONS) {
      rows.supertypes(model, service);
    }
    rows.supertypes(
        AWS + "services.s3.model.NoSuchKeyException", AWS + "services.s3.model.S3Exception");
    rows.supertypes(
        AWS + "services.s3.model.NoSuchBucketException", AWS + "services.s3.model.S3Exception");
    rows.returns(EXCEPTION + "SdkServiceException#statusCode", INT);
    rows.returns(EXCEPTION + "SdkServiceException#requestId", STRING);
    rows.returns(EXCEPTION + "SdkServiceException#isThrottlingException", BOOLEAN);
    rows.returns(EXCEPTION + "SdkServiceException#isRetryableException", BOOLEAN);
    rows.returns(service + "#awsErrorDetails", AWS + "awscore.exception.AwsErrorDetails");
    rows.returns(AWS + "awscore.exception.AwsErrorDetails#errorCode", STRING);
    rows.returns(
        AWS + "awscore.exception.AwsErrorDetails#sdkHttpResponse", AWS + "http.SdkHttpResponse");
    rows.returns(AWS + "http.SdkHttpResponse#firstMatchingHeader", "java.util.Optional");
    rows.returns(AWS + "http.SdkHttpResponse#statusCode", INT);
    rows.returns(EXCEPTION + "SdkException#getCause", "java.lang.Throwable");
    rows.known(policy, builder, condition, context, backoff, strategy, strategyBackoff);
  }
}
