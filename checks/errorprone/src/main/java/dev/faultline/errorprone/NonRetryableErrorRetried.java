package dev.faultline.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.bugpatterns.BugChecker;
import dev.faultline.analysis.rules.CheckInfo;
import dev.faultline.analysis.rules.CheckNames;
import javax.inject.Inject;

/**
 * Flags a request that is sent again after a response that may be a permanent error: 400, 401
 * without a credential refresh, 403 that is not a quota error, 404, 405, 409 other than "already
 * being executed", 422, InvoiceXML errorCode 4000-4005 and 4007.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = CheckNames.NON_RETRYABLE_ERROR_RETRIED_SUMMARY,
    severity = WARNING,
    linkType = CUSTOM,
    link = CheckNames.DOCS_PATH + CheckNames.NON_RETRYABLE_ERROR_RETRIED + ".md",
    tags = BugPattern.StandardTags.FRAGILE_CODE)
public final class NonRetryableErrorRetried extends FaultlineChecker {
  private static final long serialVersionUID = 1L;

  /** For tests and tools that create checks without flags. */
  public NonRetryableErrorRetried() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  NonRetryableErrorRetried(ErrorProneFlags flags) {
    super(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, flags);
  }
}
