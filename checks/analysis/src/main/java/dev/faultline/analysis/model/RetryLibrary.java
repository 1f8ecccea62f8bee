package dev.faultline.analysis.model;

/**
 * A library that re-sends failed requests on its own once configured, with what its users write to
 * take the delay from the Retry-After header ({@link #retryAfterHook}) and to limit retries to the
 * failures that can succeed on a re-send ({@link #retryFilterHook}).
 */
public enum RetryLibrary {
  SPRING_RETRY(
      "Spring Retry",
      "a custom BackOffPolicy (or a RetryListener) that reads Retry-After from the exception's response headers",
      "retryFor / noRetryFor (or RetryTemplate.builder().retryOn / notRetryOn) with the 429 and 5xx exception types"),
  SPRING_FRAMEWORK_RETRY(
      "Spring Framework retry",
      "a RetryPolicy whose back-off reads Retry-After from the exception's response headers",
      "includes / excludes or a predicate that accepts only 429 and 5xx"),
  RESILIENCE4J(
      "Resilience4j",
      "RetryConfig.intervalBiFunction((attempt, outcome) -> the Retry-After of the failed response, in millis)",
      "retryOnException / retryOnResult predicates that accept only 429 and 5xx"),
  FAILSAFE(
      "Failsafe",
      "RetryPolicyBuilder.withDelayFn(context -> the Retry-After of the last failure)"
          + " (Failsafe 2: RetryPolicy.withDelay((result, failure, context) -> ...))",
      "handleIf / handleResultIf that accept only 429 and 5xx, abortOn / abortIf for the permanent errors"),
  REACTOR(
      "Reactor",
      "Retry.from(signals -> ...) that delays each retry by the Retry-After of the WebClientResponseException",
      "Retry.backoff(...).filter(...) that accepts only 429 and 5xx"),
  FEIGN(
      "Feign",
      "an ErrorDecoder that passes the Retry-After time to RetryableException and a Retryer that waits for it"
          + " (Retryer.Default caps the wait at its maxPeriod)",
      "an ErrorDecoder that returns RetryableException only for 429 and 5xx"),
  OKHTTP(
      "OkHttp",
      "an Interceptor that reads response.header(\"Retry-After\") before it calls chain.proceed again",
      "an Interceptor that calls chain.proceed again only for 429 and 5xx"),
  APACHE_HTTPCLIENT4(
      "Apache HttpClient 4",
      "a ServiceUnavailableRetryStrategy that reads the response's Retry-After header in retryRequest"
          + " and returns that wait from getRetryInterval (DefaultServiceUnavailableRetryStrategy"
          + " waits a fixed interval)",
      "ServiceUnavailableRetryStrategy.retryRequest that returns true only for 429 and 503"),
  APACHE_HTTPCLIENT5(
      "Apache HttpClient 5",
      "HttpRequestRetryStrategy.getRetryInterval reading the response's Retry-After header, as"
          + " DefaultHttpRequestRetryStrategy does",
      "HttpRequestRetryStrategy.retryRequest that returns true only for 429 and 503"),
  GOOGLE_HTTP_CLIENT(
      "Google HTTP Client",
      "an HttpUnsuccessfulResponseHandler whose handleResponse sleeps for"
          + " response.getHeaders().getRetryAfter() before it returns true (a BackOff never sees the"
          + " response)",
      "HttpBackOffUnsuccessfulResponseHandler.setBackOffRequired(response -> ...), or an"
          + " HttpUnsuccessfulResponseHandler, that accepts only 429 and 5xx (BackOffRequired.ALWAYS"
          + " re-sends every error status)"),
  AZURE_STORAGE(
      "Azure Storage SDK v8",
      "a RetryPolicy whose evaluate() sets the RetryInfo's retry interval from the Retry-After the"
          + " failed response carried (the RetryContext has no headers: a response-received listener"
          + " must keep it)",
      "RetryPolicy.evaluate() that returns a RetryInfo only for 408, 429 and 5xx and null for the"
          + " other 4xx (as RetryExponentialRetry does)"),
  AWS_SDK_V1(
      "AWS SDK for Java v1",
      "a RetryPolicy.BackoffStrategy whose delayBeforeNextRetry returns the Retry-After of the"
          + " failure (((AmazonServiceException) exception).getHttpHeaders())",
      "a RetryPolicy.RetryCondition that returns true only for 429, 5xx and throttling"
          + " (RetryUtils.isThrottlingException, RetryUtils.isRetryableServiceException) and false"
          + " for the other 4xx"),
  AWS_SDK_V2(
      "AWS SDK for Java v2",
      "a BackoffStrategy whose computeDelayBeforeNextRetry returns the Retry-After of the failure"
          + " (((AwsServiceException) context.exception()).awsErrorDetails().sdkHttpResponse()"
          + ".firstMatchingHeader(\"Retry-After\")), or leave 429 and 503 out of the statuses",
      "a retry condition or strategy predicate that accepts only 429 and 5xx (and transport"
          + " failures) and rejects the other 4xx, or the SDK's own RetryCondition"
          + ".defaultRetryCondition()"),
  LANGCHAIN4J(
      "LangChain4j RetryUtils",
      "a retry loop or library of your own instead of RetryUtils, which has no hook for it (the"
          + " failure must keep the response's headers: openai4j's OpenAiHttpException and"
          + " LangChain4j's HttpException keep none)",
      "an action that turns the permanent errors into a NonRetriableException"
          + " (withRetryMappingExceptions does so for LangChain4j's own HttpException, not for"
          + " openai4j's OpenAiHttpException)"),
  COMPLETABLE_FUTURE(
      "CompletableFuture",
      "CompletableFuture.delayedExecutor(retryAfterSeconds, SECONDS) with the delay parsed from Retry-After",
      "an exceptionally / handle stage that re-sends only for 429 and 5xx");

  private final String displayName;
  private final String retryAfterHook;
  private final String retryFilterHook;

  RetryLibrary(String displayName, String retryAfterHook, String retryFilterHook) {
    this.displayName = displayName;
    this.retryAfterHook = retryAfterHook;
    this.retryFilterHook = retryFilterHook;
  }

  /** How a finding names the library. */
  public String displayName() {
    return displayName;
  }

  /** Where this library lets the delay come from the failed response's Retry-After header. */
  public String retryAfterHook() {
    return retryAfterHook;
  }

  /** Where this library lets the code choose which failures are re-sent. */
  public String retryFilterHook() {
    return retryFilterHook;
  }
}
