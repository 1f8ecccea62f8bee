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
 * Flags a read of the Retry-After header only as a number of seconds ({@code Long.parseLong},
 * {@code getHeaderFieldInt}, {@code firstValueAsLong}) with no branch for the HTTP-date form of RFC
 * 9110.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = CheckNames.RETRY_AFTER_HTTP_DATE_UNSUPPORTED_SUMMARY,
    severity = WARNING,
    linkType = CUSTOM,
    link = CheckNames.DOCS_PATH + CheckNames.RETRY_AFTER_HTTP_DATE_UNSUPPORTED + ".md",
    tags = BugPattern.StandardTags.FRAGILE_CODE)
public final class RetryAfterHttpDateUnsupported extends FaultlineChecker {
  private static final long serialVersionUID = 1L;

  /** For tests and tools that create checks without flags. */
  public RetryAfterHttpDateUnsupported() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  RetryAfterHttpDateUnsupported(ErrorProneFlags flags) {
    super(CheckInfo.RETRY_AFTER_HTTP_DATE_UNSUPPORTED, flags);
  }
}
