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
 * Flags a request re-sent again and again after a failure with no wait, or with the same fixed wait
 * every time, instead of a delay that grows or the one Retry-After asks for.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = CheckNames.RETRY_WITHOUT_BACKOFF_SUMMARY,
    severity = WARNING,
    linkType = CUSTOM,
    link = CheckNames.DOCS_PATH + CheckNames.RETRY_WITHOUT_BACKOFF + ".md",
    tags = BugPattern.StandardTags.FRAGILE_CODE)
public final class RetryWithoutBackoff extends FaultlineChecker {
  private static final long serialVersionUID = 1L;

  /** For tests and tools that create checks without flags. */
  public RetryWithoutBackoff() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  RetryWithoutBackoff(ErrorProneFlags flags) {
    super(CheckInfo.RETRY_WITHOUT_BACKOFF, flags);
  }
}
