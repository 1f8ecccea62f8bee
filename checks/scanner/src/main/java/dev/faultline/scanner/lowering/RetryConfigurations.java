package dev.faultline.scanner.lowering;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.recognisers.RetryRecognisers;
import java.util.ArrayList;
import java.util.List;

/**
 * The retries that libraries make once configured, lowered to {@link Step.LibraryRetry}: the one place the
 * JavaParser front end asks each library's recogniser. A configuration is judged where it is written (a builder
 * chain, an annotation, a strategy class's method), whichever method builds it.
 */
final class RetryConfigurations {
  private RetryConfigurations() {}

  /** The library retry that a call configures (the last call of a builder chain, a retry operator), or NOTHING. */
  static Step ofCall(MethodCallExpr call, JavaParserLowering lowering) {
    Step step = Resilience4jRetries.ofCall(call, lowering);
    if (step.equals(Step.NOTHING)) {
      step = RetryRecognisers.ofCall(call, lowering);
    }
    if (step.equals(Step.NOTHING)) {
      step = ReactorRetries.ofCall(call, lowering);
    }
    if (step.equals(Step.NOTHING)) {
      step = SpringRetryRetries.ofCall(call, lowering);
    }
    if (step.equals(Step.NOTHING)) {
      step = SpringFrameworkRetries.ofCall(call, lowering);
    }
    return step;
  }

  /**
   * The library retries that a method declares: a retry annotation on it, or the method of a strategy interface
   * (an error decoder, a retry strategy) that a library calls to decide about a re-send.
   */
  static List<Step> ofMethod(Node method, JavaParserLowering lowering) {
    List<Step> steps = new ArrayList<>(RetryRecognisers.ofMethod(method, lowering));
    steps.addAll(SpringRetryRetries.ofMethod(method, lowering));
    steps.addAll(SpringFrameworkRetries.ofMethod(method, lowering));
    return steps;
  }
}
