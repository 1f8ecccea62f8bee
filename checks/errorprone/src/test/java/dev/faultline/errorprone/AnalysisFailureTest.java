package dev.faultline.errorprone;

import static com.google.common.truth.Truth.assertThat;
import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.errorprone.BugPattern;
import com.google.errorprone.CompilationTestHelper;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import dev.faultline.analysis.rules.CheckInfo;
import org.junit.jupiter.api.Test;

/**
 * Whatever the analysis of a member throws, javac goes on: the failure is a diagnostic on that
 * member. The check below throws, from the place the real checks analyse, the errors a plugin meets
 * in the field: a {@link LinkageError} from an Error Prone version whose API differs, a {@link
 * StackOverflowError} on deeply nested code, an exception of its own.
 */
final class AnalysisFailureTest {

  /** A Faultline check whose analysis throws what the analysed method's name says. */
  @BugPattern(summary = "Throws from its analysis", severity = ERROR)
  public static final class ThrowingCheck extends FaultlineChecker {
    private static final long serialVersionUID = 1L;

    public ThrowingCheck() {
      super(CheckInfo.RETRY_AFTER_IGNORED, ErrorProneFlags.empty());
    }

    @Override
    Description analyse(Tree tree, VisitorState state) {
      String name = tree instanceof MethodTree method ? method.getName().toString() : "";
      switch (name) {
        case "linkage" ->
            throw new NoSuchMethodError(
                "'java.util.Optional com.google.errorprone.util.ASTHelpers.enclosingPackage("
                    + "com.sun.tools.javac.code.Symbol)'");
        case "deep" -> throw new StackOverflowError();
        case "bug" -> throw new IllegalStateException("a bug of the analysis");
        case "assertion" -> throw new AssertionError("an assertion of the analysis");
        case "memory" -> throw new OutOfMemoryError("the heap of the test");
        default -> {
          return super.analyse(tree, state);
        }
      }
    }
  }

  @Test
  void anErrorThrownByTheAnalysisIsADiagnosticAndTheCompilationGoesOn() {
    CompilationTestHelper.newInstance(ThrowingCheck.class, getClass())
        .addSourceLines(
            "Client.java",
            "class Client {",
            "  // BUG: Diagnostic contains: could not analyse this method (java.lang.NoSuchMethodError:"
                + " 'java.util.Optional com.google.errorprone.util.ASTHelpers.enclosingPackage",
            "  void linkage() {}",
            "  // BUG: Diagnostic contains: could not analyse this method"
                + " (java.lang.StackOverflowError)",
            "  void deep() {}",
            "  // BUG: Diagnostic contains: could not analyse this method"
                + " (java.lang.IllegalStateException: a bug of the analysis)",
            "  void bug() {}",
            "  // BUG: Diagnostic contains: could not analyse this method"
                + " (java.lang.AssertionError: an assertion of the analysis)",
            "  void assertion() {}",
            "  void fine() {}",
            "}")
        .doTest();
  }

  @Test
  void aLinkageErrorPointsAtTheSupportedVersions() {
    CompilationTestHelper.newInstance(ThrowingCheck.class, getClass())
        .addSourceLines(
            "Client.java",
            "class Client {",
            "  // BUG: Diagnostic contains: see docs/compatibility.md. The build goes on.",
            "  void linkage() {}",
            "}")
        .doTest();
  }

  @Test
  void runningOutOfMemoryStillStopsTheCompiler() {
    Throwable thrown =
        assertThrows(
            Throwable.class,
            () ->
                CompilationTestHelper.newInstance(ThrowingCheck.class, getClass())
                    .addSourceLines("Client.java", "class Client {", "  void memory() {}", "}")
                    .doTest());
    // The test helper reports the compiler's crash as an assertion that quotes the crash.
    assertThat(thrown)
        .hasMessageThat()
        .contains("java.lang.OutOfMemoryError: the heap of the test");
  }
}
