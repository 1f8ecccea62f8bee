package dev.faultline.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import dev.faultline.analysis.Analysis;
import dev.faultline.analysis.contract.ApiContract;
import dev.faultline.analysis.library.Relevance;
import dev.faultline.analysis.model.Unit;
import dev.faultline.analysis.rules.CheckInfo;
import dev.faultline.analysis.rules.Finding;
import dev.faultline.analysis.rules.HandlingInterpreter;
import dev.faultline.errorprone.lowering.CompilationUnitCache;
import dev.faultline.errorprone.lowering.CompilationUnitCache.Slot;
import dev.faultline.errorprone.lowering.JavacLowering;
import dev.faultline.errorprone.lowering.ProfileServerWaitHeaders;
import dev.faultline.errorprone.lowering.TreeAnchor;
import java.util.List;

/**
 * Runs one check's rule over a method (or a field initializer, or an initializer block) and reports
 * its findings through Error Prone.
 */
final class FindingReporter {
  /** A method (or initializer) lowered and run once, for all checks. */
  private record Analysed(ApiContract contract, List<HandlingInterpreter.Events> events) {}

  private static final Slot<Analysed> ANALYSED = new Slot<>("analysed");

  /** Whether the compilation unit may concern HTTP errors at all (see {@link Relevance}). */
  private static final Slot<Boolean> RELEVANT = new Slot<>("relevant");

  private FindingReporter() {}

  static Description report(
      BugChecker checker, CheckInfo check, ApiContract contract, Tree method, VisitorState state) {
    CompilationUnitCache.enter(state);
    if (!relevant(state)) {
      return Description.NO_MATCH;
    }
    Analysed analysed =
        CompilationUnitCache.get(state, ANALYSED, method, () -> analyse(method, state, contract));
    // Every check of a compilation shares one contract instance (FaultlineFlags), so this is an
    // identity test.
    if (!sameContract(analysed.contract(), contract)) {
      analysed = analyse(method, state, contract);
      CompilationUnitCache.put(state, ANALYSED, method, analysed);
    }
    for (HandlingInterpreter.Events events : analysed.events()) {
      for (Finding finding : Analysis.judge(events, check, contract)) {
        TreeAnchor anchor = (TreeAnchor) finding.anchor();
        state.reportMatch(
            checker.buildDescription(anchor.tree()).setMessage(finding.message()).build());
      }
    }
    return Description.NO_MATCH;
  }

  /**
   * Never breaks the user's build for a bug of our own, or for an Error Prone or JDK whose API
   * differs from the one the plugin was built against (a {@link LinkageError}): says so on the
   * member where it happened, and the compilation goes on. Only the virtual machine's own failures
   * (out of memory, an internal error; a stack overflow is the analysis's and is reported) and
   * thread death go through.
   */
  static Description couldNotAnalyse(
      BugChecker checker, Tree member, VisitorState state, Throwable failure) {
    rethrowIfFatal(failure);
    String hint =
        failure instanceof LinkageError
            ? " This Error Prone or JDK version may not be supported: see docs/compatibility.md."
            : "";
    state.reportMatch(
        checker
            .buildDescription(member)
            .setMessage(
                "Faultline could not analyse this method ("
                    + failure
                    + "); please report this as a Faultline bug."
                    + hint
                    + " The build goes on.")
            .build());
    return Description.NO_MATCH;
  }

  @SuppressWarnings("removal") // ThreadDeath is deprecated for removal on JDK 20+, still thrown
  private static void rethrowIfFatal(Throwable failure) {
    if (failure instanceof VirtualMachineError fatal && !(failure instanceof StackOverflowError)) {
      throw fatal;
    }
    if (failure instanceof ThreadDeath death) {
      throw death;
    }
  }

  @SuppressWarnings(
      "ReferenceEquality") // identity first: the deep comparison is for contracts read twice
  private static boolean sameContract(ApiContract a, ApiContract b) {
    return a == b || a.equals(b);
  }

  private static Analysed analyse(Tree method, VisitorState state, ApiContract contract) {
    // The views of this lowering, in any file, read the profile's wait headers from the context.
    ProfileServerWaitHeaders.set(state, contract.serverWaitHeaders());
    return new Analysed(
        contract, lower(method, state).stream().map(u -> Analysis.events(u, contract)).toList());
  }

  private static boolean relevant(VisitorState state) {
    CompilationUnitTree unit = state.getPath().getCompilationUnit();
    return CompilationUnitCache.get(
        state,
        RELEVANT,
        unit,
        () -> {
          CharSequence source = state.getSourceCode();
          return source == null || Relevance.mayConcernHttpErrors(source);
        });
  }

  private static List<Unit> lower(Tree member, VisitorState state) {
    ClassTree enclosingClass = state.findEnclosing(ClassTree.class);
    if (enclosingClass == null) {
      return List.of();
    }
    return member instanceof MethodTree method
        ? JavacLowering.lowerMethod(method, enclosingClass, state)
        : JavacLowering.lowerInitializer(member, enclosingClass, state);
  }
}
