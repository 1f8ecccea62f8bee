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
 * Flags a wait, or an immediate re-send, after a response that may be rate limited (429, 503, a
 * Fatture in Cloud quota 403, InvoiceXML errorCode 4006) whose delay does not come from the
 * Retry-After header.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = CheckNames.RETRY_AFTER_IGNORED_SUMMARY,
    severity = WARNING,
    linkType = CUSTOM,
    link = CheckNames.DOCS_PATH + CheckNames.RETRY_AFTER_IGNORED + ".md",
    tags = BugPattern.StandardTags.FRAGILE_CODE)
public final class RetryAfterIgnored extends FaultlineChecker {
  private static final long serialVersionUID = 1L;

  /** For tests and tools that create checks without flags. */
  public RetryAfterIgnored() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  RetryAfterIgnored(ErrorProneFlags flags) {
    super(CheckInfo.RETRY_AFTER_IGNORED, flags);
  }
}
