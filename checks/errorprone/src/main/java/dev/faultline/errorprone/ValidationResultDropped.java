package dev.faultline.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.MethodTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.MethodTree;
import dev.faultline.analysis.rules.CheckInfo;
import dev.faultline.analysis.rules.CheckNames;
import javax.inject.Inject;

/**
 * Flags a handler of a response that may be a validation error that keeps the message but drops the details: a
 * Fatture in Cloud 422's {@code error.validation_result} and {@code extra}, an InvoiceXML 4001/4002's
 * {@code errors[]}.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = CheckNames.VALIDATION_RESULT_DROPPED_SUMMARY,
    severity = WARNING,
    linkType = CUSTOM,
    link = CheckNames.DOCS_PATH + CheckNames.VALIDATION_RESULT_DROPPED + ".md",
    tags = BugPattern.StandardTags.FRAGILE_CODE)
public final class ValidationResultDropped extends BugChecker implements MethodTreeMatcher {
  private static final long serialVersionUID = 1L;

  private final transient FaultlineFlags.Configuration configuration;
  private boolean configurationErrorReported;

  /** For tests and tools that create checks without flags. */
  public ValidationResultDropped() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  ValidationResultDropped(ErrorProneFlags flags) {
    this.configuration = FaultlineFlags.configuration(flags);
  }

  @Override
  public Description matchMethod(MethodTree tree, VisitorState state) {
    if (configuration.error() != null && !configurationErrorReported) {
      configurationErrorReported = true;
      state.reportMatch(buildDescription(tree).setMessage(configuration.error()).build());
    }
    return FindingReporter.report(this, CheckInfo.VALIDATION_RESULT_DROPPED, configuration.contract(), tree, state);
  }
}
