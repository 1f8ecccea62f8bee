package dev.faultline.analysis.library;

import dev.faultline.analysis.model.IntSet;
import java.util.List;

/**
 * The retry hooks of the HTTP clients that are strategy classes (Feign, OkHttp, Apache HttpClient 4
 * and 5, Google HTTP Client, Azure Storage v8): the types and the statuses both front ends'
 * recognisers use, in one place.
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
}
