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
 * Flags a handler of a response that may be a 401 that reads only one of its two body formats: the OAuth format
 * ({@code error} a string, {@code error_description}) or the API format ({@code error.message}, {@code error.code}).
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = CheckNames.UNAUTHORIZED_ERROR_PARTIALLY_READ_SUMMARY,
    severity = WARNING,
    linkType = CUSTOM,
    link = CheckNames.DOCS_PATH + CheckNames.UNAUTHORIZED_ERROR_PARTIALLY_READ + ".md",
    tags = BugPattern.StandardTags.FRAGILE_CODE)
public final class UnauthorizedErrorPartiallyRead extends BugChecker implements MethodTreeMatcher {
  private static final long serialVersionUID = 1L;

  private final transient FaultlineFlags.Configuration configuration;
  private boolean configurationErrorReported;

  /** For tests and tools that create checks without flags. */
  public UnauthorizedErrorPartiallyRead() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  UnauthorizedErrorPartiallyRead(ErrorProneFlags flags) {
    this.configuration = FaultlineFlags.configuration(flags);
  }

  @Override
  public Description matchMethod(MethodTree tree, VisitorState state) {
    if (configuration.error() != null && !configurationErrorReported) {
      configurationErrorReported = true;
      state.reportMatch(buildDescription(tree).setMessage(configuration.error()).build());
    }
    return FindingReporter.report(this, CheckInfo.UNAUTHORIZED_ERROR_PARTIALLY_READ, configuration.contract(), tree, state);
  }
}
