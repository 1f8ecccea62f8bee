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
 * Flags a handler of a response that may be a 401 that reads only one of its two body formats: the
 * OAuth format ({@code error} a string, {@code error_description}) or the API format ({@code
 * error.message}, {@code error.code}).
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = CheckNames.UNAUTHORIZED_ERROR_PARTIALLY_READ_SUMMARY,
    severity = WARNING,
    linkType = CUSTOM,
    link = CheckNames.DOCS_PATH + CheckNames.UNAUTHORIZED_ERROR_PARTIALLY_READ + ".md",
    tags = BugPattern.StandardTags.FRAGILE_CODE)
public final class UnauthorizedErrorPartiallyRead extends FaultlineChecker {
  private static final long serialVersionUID = 1L;

  /** For tests and tools that create checks without flags. */
  public UnauthorizedErrorPartiallyRead() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  UnauthorizedErrorPartiallyRead(ErrorProneFlags flags) {
    super(CheckInfo.UNAUTHORIZED_ERROR_PARTIALLY_READ, flags);
  }
}
