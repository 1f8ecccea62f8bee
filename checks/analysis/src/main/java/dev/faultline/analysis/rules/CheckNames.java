package dev.faultline.analysis.rules;

/**
 * The checks' names and summaries as compile-time constants, for annotations such as Error Prone's
 * {@code @BugPattern}. Everything else reads them through {@link CheckInfo}.
 */
public final class CheckNames {
  public static final String RETRY_AFTER_IGNORED = "RetryAfterIgnored";
  public static final String RETRY_AFTER_IGNORED_SUMMARY =
      "Wait for the time in the Retry-After header before re-sending a rate-limited (429, 503, quota) request";

  public static final String NON_RETRYABLE_ERROR_RETRIED = "NonRetryableErrorRetried";
  public static final String NON_RETRYABLE_ERROR_RETRIED_SUMMARY =
      "Do not re-send a request that failed with a permanent error (400, 401, 403, 404, 405, 409, 422)";

  public static final String UNAUTHORIZED_ERROR_PARTIALLY_READ = "UnauthorizedErrorPartiallyRead";
  public static final String UNAUTHORIZED_ERROR_PARTIALLY_READ_SUMMARY =
      "Read both formats of a 401 error body: OAuth (error, error_description) and API (error.message, error.code)";

  public static final String VALIDATION_RESULT_DROPPED = "ValidationResultDropped";
  public static final String VALIDATION_RESULT_DROPPED_SUMMARY =
      "Keep the details of a validation error (error.validation_result and extra, InvoiceXML errors[]) along with"
          + " its message";

  public static final String DEVICE_CODE_SLOW_DOWN_IGNORED = "DeviceCodeSlowDownIgnored";
  public static final String DEVICE_CODE_SLOW_DOWN_IGNORED_SUMMARY =
      "On slow_down, add 5 seconds to a device-code token poll's interval for this and all later polls"
          + " (RFC 8628 section 3.5), and wait that interval between polls";
  public static final String RETRY_WITHOUT_BACKOFF = "RetryWithoutBackoff";
  public static final String RETRY_WITHOUT_BACKOFF_SUMMARY =
      "Make the wait between retries of a failed request grow (exponential back-off with jitter) instead of"
          + " re-sending at once or after the same fixed delay";
  public static final String RETRY_AFTER_HTTP_DATE_UNSUPPORTED = "RetryAfterHttpDateUnsupported";
  public static final String RETRY_AFTER_HTTP_DATE_UNSUPPORTED_SUMMARY =
      "Read Retry-After as delay-seconds or an HTTP-date (RFC 9110), not only as a number";

  /**
   * Where the docs pages live, relative to the project root: one page per check, named after it.
   */
  public static final String DOCS_PATH = "docs/checks/";

  private CheckNames() {}
}
