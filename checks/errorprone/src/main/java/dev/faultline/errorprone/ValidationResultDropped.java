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
 * Flags a handler of a response that may be a validation error that keeps the message but drops the
 * details: a Fatture in Cloud 422's {@code error.validation_result} and {@code extra}, an
 * InvoiceXML 4001/4002's {@code errors[]}.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = CheckNames.VALIDATION_RESULT_DROPPED_SUMMARY,
    severity = WARNING,
    linkType = CUSTOM,
    link = CheckNames.DOCS_PATH + CheckNames.VALIDATION_RESULT_DROPPED + ".md",
    tags = BugPattern.StandardTags.FRAGILE_CODE)
public final class ValidationResultDropped extends FaultlineChecker {
  private static final long serialVersionUID = 1L;

  /** For tests and tools that create checks without flags. */
  public ValidationResultDropped() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  ValidationResultDropped(ErrorProneFlags flags) {
    super(CheckInfo.VALIDATION_RESULT_DROPPED, flags);
  }
}
