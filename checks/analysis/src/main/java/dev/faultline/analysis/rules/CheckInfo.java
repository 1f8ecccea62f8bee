package dev.faultline.analysis.rules;

import java.util.List;

/**
 * The catalogue of checks: name (also the suppression key and the docs page name) and summary. Both
 * front ends take their names and texts from here.
 */
public enum CheckInfo {
  RETRY_AFTER_IGNORED(CheckNames.RETRY_AFTER_IGNORED, CheckNames.RETRY_AFTER_IGNORED_SUMMARY),
  NON_RETRYABLE_ERROR_RETRIED(
      CheckNames.NON_RETRYABLE_ERROR_RETRIED, CheckNames.NON_RETRYABLE_ERROR_RETRIED_SUMMARY),
  UNAUTHORIZED_ERROR_PARTIALLY_READ(
      CheckNames.UNAUTHORIZED_ERROR_PARTIALLY_READ,
      CheckNames.UNAUTHORIZED_ERROR_PARTIALLY_READ_SUMMARY),
  VALIDATION_RESULT_DROPPED(
      CheckNames.VALIDATION_RESULT_DROPPED, CheckNames.VALIDATION_RESULT_DROPPED_SUMMARY),
  DEVICE_CODE_SLOW_DOWN_IGNORED(
      CheckNames.DEVICE_CODE_SLOW_DOWN_IGNORED, CheckNames.DEVICE_CODE_SLOW_DOWN_IGNORED_SUMMARY),
  RETRY_WITHOUT_BACKOFF(CheckNames.RETRY_WITHOUT_BACKOFF, CheckNames.RETRY_WITHOUT_BACKOFF_SUMMARY),
  RETRY_AFTER_HTTP_DATE_UNSUPPORTED(
      CheckNames.RETRY_AFTER_HTTP_DATE_UNSUPPORTED,
      CheckNames.RETRY_AFTER_HTTP_DATE_UNSUPPORTED_SUMMARY);

  private final String checkName;
  private final String summary;

  CheckInfo(String checkName, String summary) {
    this.checkName = checkName;
    this.summary = summary;
  }

  public String checkName() {
    return checkName;
  }

  public String summary() {
    return summary;
  }

  public String docsPage() {
    return CheckNames.DOCS_PATH + checkName + ".md";
  }

  public static List<CheckInfo> all() {
    return List.of(values());
  }
}
