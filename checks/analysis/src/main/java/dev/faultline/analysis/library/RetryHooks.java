package dev.faultline.analysis.library;

import dev.faultline.analysis.model.IntSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The retry hooks of the HTTP clients that are strategy classes (Feign, OkHttp, Apache HttpClient 4
 * and 5, Google HTTP Client, Azure Storage v8, AWS SDK for Java v1 and v2): the types and the
 * statuses both front ends' recognisers use, in one place.
 */
public final class RetryHooks {
  private RetryHooks() {}

  // ---- OpenFeign

  public static final String FEIGN_ERROR_DECODER = "feign.codec.ErrorDecoder";
  public static final String FEIGN_RETRYER = "feign.Retryer";
  public static final String FEIGN_RETRYABLE_EXCEPTION = "feign.RetryableException";
  public static final String FEIGN_RETRYER_DEFAULT = "feign.Retryer.Default";
  public static final String SPRING_BEAN = "org.springframework.context.annotation.Bean";

  /** The statuses Feign hands to an error decoder: every response outside 2xx. */
  public static final IntSet FEIGN_DECODED_STATUSES = IntSet.range(300, 599);

  /**
   * The rate limits whose Retry-After makes Feign's default decoder create a RetryableException
   * with that time.
   */
  public static final IntSet FEIGN_RATE_LIMITED = IntSet.of(429, 503);

  /**
   * The longest Retry-After a rate limit of the supported APIs asks for in practice (Fatture in
   * Cloud's example is 60 seconds): a Retryer.Default whose maxPeriod (in milliseconds) is shorter
   * re-sends before the limit is over.
   */
  public static final long FEIGN_MAX_PERIOD_THAT_WAITS_OUT_LIMITS = 60_000L;

  // ---- OkHttp

  public static final String OKHTTP_AUTHENTICATOR = "okhttp3.Authenticator";

  /** The challenges an Authenticator answers: a server's 401, a proxy's 407. */
  public static final IntSet OKHTTP_CHALLENGES = IntSet.of(401, 407);

  /** The Request.Builder calls that copy a request without changing what it sends. */
  public static final List<String> OKHTTP_COPYING_CALLS = List.of("newBuilder", "build", "tag");

  // ---- Apache HttpClient 5

  public static final String HC5_STRATEGY = "org.apache.hc.client5.http.HttpRequestRetryStrategy";
  public static final String HC5_DEFAULT_STRATEGY =
      "org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy";
  public static final String HC5_RESPONSE = "org.apache.hc.core5.http.HttpResponse";

  /**
   * The statuses DefaultHttpRequestRetryStrategy re-sends: its {@code super.retryRequest} answer.
   */
  public static final IntSet HC5_DEFAULT_RETRIED = IntSet.of(429, 503);

  // ---- Apache HttpClient 4

  public static final String HC4_STRATEGY =
      "org.apache.http.client.ServiceUnavailableRetryStrategy";
  public static final String HC4_DEFAULT_STRATEGY =
      "org.apache.http.impl.client.DefaultServiceUnavailableRetryStrategy";
  public static final String HC4_RESPONSE = "org.apache.http.HttpResponse";

  /** The builder call that makes a client use a ServiceUnavailableRetryStrategy. */
  public static final String HC4_SET_STRATEGY = "setServiceUnavailableRetryStrategy";

  /**
   * The statuses DefaultServiceUnavailableRetryStrategy re-sends (after its fixed interval, without
   * reading Retry-After): its {@code super.retryRequest} answer.
   */
  public static final IntSet HC4_DEFAULT_RETRIED = IntSet.of(503);

  // ---- Google HTTP Client

  private static final String GOOGLE_HTTP = "com.google.api.client.http.";
  public static final String GOOGLE_REQUEST = GOOGLE_HTTP + "HttpRequest";
  public static final String GOOGLE_RESPONSE = GOOGLE_HTTP + "HttpResponse";
  public static final String GOOGLE_UNSUCCESSFUL_RESPONSE_HANDLER =
      GOOGLE_HTTP + "HttpUnsuccessfulResponseHandler";
  public static final String GOOGLE_BACK_OFF_HANDLER =
      GOOGLE_HTTP + "HttpBackOffUnsuccessfulResponseHandler";
  public static final String GOOGLE_BACK_OFF_REQUIRED =
      GOOGLE_BACK_OFF_HANDLER + ".BackOffRequired";
  public static final String GOOGLE_BACK_OFF_UTILS = "com.google.api.client.util.BackOffUtils";

  /**
   * The statuses HttpRequest.execute() hands to its unsuccessful-response handler: every response
   * outside 2xx.
   */
  public static final IntSet GOOGLE_UNSUCCESSFUL_STATUSES = IntSet.range(300, 599);

  public static final String GOOGLE_EXPONENTIAL_BACK_OFF_POLICY =
      GOOGLE_HTTP + "ExponentialBackOffPolicy";

  /** What the deprecated ExponentialBackOffPolicy's {@code isBackOffRequired} accepts. */
  public static final IntSet GOOGLE_BACK_OFF_POLICY_STATUSES = IntSet.of(500, 503);

  /** {@code BackOffRequired.ON_SERVER_ERROR}, the handler's default: {@code status / 100 == 5}. */
  public static final IntSet GOOGLE_ON_SERVER_ERROR = IntSet.range(500, 599);

  // ---- Azure Storage SDK for Java v8 (com.microsoft.azure:azure-storage)

  private static final String AZURE_STORAGE = "com.microsoft.azure.storage.";
  public static final String AZURE_RETRY_POLICY = AZURE_STORAGE + "RetryPolicy";
  public static final String AZURE_RETRY_CONTEXT = AZURE_STORAGE + "RetryContext";
  public static final String AZURE_RETRY_INFO = AZURE_STORAGE + "RetryInfo";
  public static final String AZURE_REQUEST_RESULT = AZURE_STORAGE + "RequestResult";

  /**
   * The inherited {@code RetryPolicy} helper that is true when the last attempt went to the
   * secondary location and got a 404 (geo-replication not done yet): {@code evaluateRetryInfo} then
   * sends the retry to the primary location.
   */
  public static final String AZURE_SECONDARY_NOT_FOUND = "evaluateLastAttemptAndSecondaryNotFound";

  /**
   * The statuses the SDK's ExecutionEngine hands to {@code RetryPolicy.evaluate}: every status
   * outside 2xx but 501 and 505, which it throws without asking the policy.
   */
  public static final IntSet AZURE_EVALUATED_STATUSES =
      IntSet.range(300, 599).minus(IntSet.of(501, 505));

  // ---- AWS SDK for Java v1 (com.amazonaws:aws-java-sdk-core)

  public static final String AWS_RETRY_PACKAGE = "com.amazonaws.retry.";
  private static final String AWS_RETRY = AWS_RETRY_PACKAGE;
  public static final String AWS_CLIENT_CONFIGURATION = "com.amazonaws.ClientConfiguration";
  public static final String AWS_RETRY_POLICY = AWS_RETRY + "RetryPolicy";
  public static final String AWS_RETRY_CONDITION = AWS_RETRY_POLICY + ".RetryCondition";
  public static final String AWS_BACKOFF_STRATEGY = AWS_RETRY_POLICY + ".BackoffStrategy";
  public static final String AWS_SERVICE_EXCEPTION = "com.amazonaws.AmazonServiceException";

  /**
   * The retry conditions of the SDK itself: its default (5xx, throttling, clock skew, transport
   * failures) is the library's own choice and is not judged where it is used, and the one that
   * never retries re-sends nothing.
   */
  public static final List<String> AWS_LIBRARY_CONDITIONS =
      List.of(
          AWS_RETRY + "PredefinedRetryPolicies.DEFAULT_RETRY_CONDITION",
          AWS_RETRY_CONDITION + ".NO_RETRY_CONDITION");

  /** The back-off that does not wait. */
  public static final String AWS_NO_DELAY = AWS_BACKOFF_STRATEGY + ".NO_DELAY";

  /**
   * The statuses the SDK asks a {@code RetryCondition} about: an {@code AmazonServiceException} for
   * every error response.
   */
  public static final IntSet AWS_SERVICE_ERROR_STATUSES = IntSet.range(300, 599);

  /**
   * The statuses that the predicates of {@code com.amazonaws.retry.RetryUtils} accept, given a
   * failure: {@code isThrottlingException} a 429 (and throttling error codes, whatever their
   * status), {@code isRetryableServiceException} 500, 502, 503 and 504, {@code
   * isRequestEntityTooLargeException} a 413. {@code isClockSkewError} tests error codes only.
   */
  private static final Map<String, IntSet> AWS_RETRY_UTILS_PREDICATES =
      Map.of(
          "isThrottlingException", IntSet.of(429),
          "isRetryableServiceException", IntSet.of(500, 502, 503, 504),
          "isRequestEntityTooLargeException", IntSet.of(413));

  // ---- AWS SDK for Java v2 (software.amazon.awssdk:sdk-core, retries, aws-core)

  private static final String AWS2 = "software.amazon.awssdk.";
  public static final String AWS2_CORE_RETRY = AWS2 + "core.retry.";
  public static final String AWS2_RETRY_POLICY = AWS2_CORE_RETRY + "RetryPolicy";
  public static final String AWS2_RETRY_CONDITION = AWS2_CORE_RETRY + "conditions.RetryCondition";
  public static final String AWS2_CONDITIONS = AWS2_CORE_RETRY + "conditions.";
  public static final String AWS2_RETRY_POLICY_CONTEXT = AWS2_CORE_RETRY + "RetryPolicyContext";

  /** The packages of the SDK's back-offs: those of {@code RetryPolicy} and of retry strategies. */
  public static final List<String> AWS2_BACKOFF_PACKAGES =
      List.of(AWS2_CORE_RETRY + "backoff.", AWS2 + "retries.");

  /** The SDK's back-offs that do not wait. */
  public static final List<String> AWS2_NO_DELAY = List.of("none", "retryImmediately");

  /**
   * The static methods that start a retry strategy's builder from the SDK's standard, adaptive or
   * legacy strategy (owner, name); a strategy of the SDK ({@code AwsRetryStrategy}) is turned into
   * one with {@code toBuilder()}.
   */
  public static final List<List<String>> AWS2_STRATEGY_BUILDERS =
      List.of(
          List.of(AWS2 + "retries.StandardRetryStrategy", "builder"),
          List.of(AWS2 + "retries.AdaptiveRetryStrategy", "builder"),
          List.of(AWS2 + "retries.LegacyRetryStrategy", "builder"),
          List.of(AWS2 + "retries.DefaultRetryStrategy", "standardStrategyBuilder"),
          List.of(AWS2 + "retries.DefaultRetryStrategy", "adaptiveStrategyBuilder"),
          List.of(AWS2 + "retries.DefaultRetryStrategy", "legacyStrategyBuilder"));

  /** The class whose static methods give the SDK's own retry strategies. */
  public static final String AWS2_RETRY_STRATEGIES = AWS2 + "awscore.retry.AwsRetryStrategy";

  /**
   * The types of failure of the SDK that stand for no one status however they are tested for: a
   * strategy's {@code retryOnException(Class)} matches the exact class, and the SDK throws each
   * service's own subclass, never these.
   */
  public static final List<String> AWS2_BASE_EXCEPTIONS =
      List.of(
          AWS2 + "core.exception.SdkException",
          AWS2 + "core.exception.SdkServiceException",
          AWS2 + "awscore.exception.AwsServiceException");

  /**
   * The statuses the SDK asks a {@code RetryCondition} about: an {@code SdkServiceException} for
   * every error response.
   */
  public static final IntSet AWS2_SERVICE_ERROR_STATUSES = IntSet.range(300, 599);

  /**
   * The statuses that the predicates of {@code software.amazon.awssdk.core.retry.RetryUtils}
   * accept, given a failure: {@code isThrottlingException} a 429 (and throttling error codes,
   * whatever their status), {@code isServiceException} every error response, {@code
   * isRequestEntityTooLargeException} a 413. {@code isRetryableException} asks the exception itself
   * and {@code isClockSkewException} tests error codes: neither is known.
   */
  private static final Map<String, IntSet> AWS2_RETRY_UTILS_PREDICATES =
      Map.of(
          "isThrottlingException", IntSet.of(429),
          "isServiceException", AWS2_SERVICE_ERROR_STATUSES,
          "isRequestEntityTooLargeException", IntSet.of(413));

  /**
   * The statuses a library's static predicate of a failure accepts, or null when the method is
   * none.
   */
  public static @Nullable IntSet failurePredicateStatuses(@Nullable String owner, String name) {
    if ((AWS_RETRY + "RetryUtils").equals(owner)) {
      return AWS_RETRY_UTILS_PREDICATES.get(name);
    }
    return (AWS2_CORE_RETRY + "RetryUtils").equals(owner)
        ? AWS2_RETRY_UTILS_PREDICATES.get(name)
        : null;
  }
}
