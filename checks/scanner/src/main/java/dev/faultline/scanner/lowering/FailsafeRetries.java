package dev.faultline.scanner.lowering;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.type.Type;
import dev.faultline.analysis.library.RetryConfiguration;
import dev.faultline.analysis.library.RetryLibrary;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.Step;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Failsafe's retry policies, as the javac front end's {@code FailsafeRetries} reads them:
 * {@code RetryPolicy.builder()...build()} and {@code RetryPolicy.ofDefaults()}.
 */
final class FailsafeRetries {
  private static final String POLICY = "dev.failsafe.RetryPolicy";

  private FailsafeRetries() {}

  static Step ofCall(MethodCallExpr call, JavaParserLowering lowering) {
    if (RetryChains.isStatic(call, lowering, POLICY, "ofDefaults")) {
      return RetryChains.steps(new RetryConfiguration(RetryLibrary.FAILSAFE, Step.RetryDelay.NONE), call,
          work(lowering));
    }
    if (!call.getNameAsString().equals("build") || call.getScope().isEmpty()) {
      return Step.NOTHING;
    }
    List<MethodCallExpr> links = RetryChains.links(call);
    MethodCallExpr root = links.get(0);
    if (links.size() < 2 || !RetryChains.isStatic(root, lowering, POLICY, "builder")) {
      return Step.NOTHING;
    }
    RetryConfiguration configuration = new RetryConfiguration(RetryLibrary.FAILSAFE, Step.RetryDelay.NONE);
    Type result = RetryChains.typeArgument(root);
    for (MethodCallExpr link : links.subList(1, links.size() - 1)) {
      configure(configuration, link, lowering, result);
    }
    return RetryChains.steps(configuration, call, work(lowering));
  }

  private static void configure(
      RetryConfiguration configuration, MethodCallExpr link, JavaParserLowering lowering, @Nullable Type result) {
    List<Expression> arguments = link.getArguments();
    String name = link.getNameAsString();
    switch (name) {
      case "handle", "abortOn" -> {
        List<String> types = RetryChains.classLiterals(arguments, lowering);
        Condition predicate = types == null && name.equals("abortOn")
            ? RetryChains.predicate(arguments.get(0), lowering, null, 0) : null;
        if (predicate != null) {
          configuration.abortWhen(predicate);
        } else if (types == null) {
          configuration.unreadable();
        } else if (name.equals("handle")) {
          types.forEach(configuration::retryType);
        } else {
          types.forEach(configuration::excludeType);
        }
      }
      case "handleIf", "handleResultIf", "abortIf" -> {
        // A result predicate's parameter, and the first of a (result, exception) predicate's, is the result.
        boolean exceptionOnly = name.equals("handleIf") && Operands.strip(arguments.get(0)) instanceof LambdaExpr lambda
            && lambda.getParameters().size() == 1;
        Condition predicate = RetryChains.predicate(arguments.get(0), lowering, result, exceptionOnly ? 0 : 1);
        if (predicate == null) {
          configuration.unreadable();
        } else if (name.equals("handleIf")) {
          configuration.retryException(predicate);
        } else if (name.equals("handleResultIf")) {
          configuration.retryResult(predicate);
        } else {
          configuration.abortWhen(predicate);
        }
      }
      case "withDelay", "withBackoff" -> configuration.delay(Step.RetryDelay.OWN);
      case "withDelayFn", "withDelayFnOn", "withDelayFnWhen" ->
          configuration.delay(RetryChains.delayFunction(arguments.get(0), lowering));
      default -> { }
    }
  }

  /** The work given to {@code Failsafe.with(policy).get(work)} (or run, getAsync...). */
  private static @Nullable IntSet work(JavaParserLowering lowering) {
    return RetryChains.work(lowering, call -> RetryChains.isOn(call, lowering, "dev.failsafe.FailsafeExecutor",
        root -> RetryChains.isStatic(root, lowering, "dev.failsafe.Failsafe", "with", "none")));
  }
}
