package dev.faultline.errorprone;

import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.MethodTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.MethodTree;
import dev.faultline.analysis.rules.CheckInfo;

/**
 * What every Faultline check does in Error Prone: read the shared flags, then judge each method with its rule. A
 * flag that cannot be used is reported once, on the first method, instead of failing the compiler.
 */
abstract class FaultlineChecker extends BugChecker implements MethodTreeMatcher {
  private static final long serialVersionUID = 1L;

  private final transient CheckInfo check;
  private final transient FaultlineFlags.Configuration configuration;
  private boolean configurationErrorReported;

  FaultlineChecker(CheckInfo check, ErrorProneFlags flags) {
    this.check = check;
    this.configuration = FaultlineFlags.configuration(flags);
  }

  @Override
  public final Description matchMethod(MethodTree tree, VisitorState state) {
    if (configuration.error() != null && !configurationErrorReported) {
      configurationErrorReported = true;
      state.reportMatch(buildDescription(tree).setMessage(configuration.error()).build());
    }
    return FindingReporter.report(this, check, configuration.contract(), tree, state);
  }
}
