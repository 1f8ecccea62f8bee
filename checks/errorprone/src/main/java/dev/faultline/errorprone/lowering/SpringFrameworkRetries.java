package dev.faultline.errorprone.lowering;

import static com.google.errorprone.matchers.method.MethodMatchers.instanceMethod;
import static com.google.errorprone.matchers.method.MethodMatchers.staticMethod;

import com.google.errorprone.matchers.Matcher;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import dev.faultline.analysis.library.RetryLibrary;
import dev.faultline.analysis.library.TypeFilteredRetry;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.Step;
import java.util.List;

/**
 * Spring Framework 7's own retry: {@code @Retryable} of {@code org.springframework.resilience.annotation} on a method
 * (the method's body is the retried work), and {@code RetryPolicy.builder()...build()},
 * {@code RetryPolicy.withDefaults()} / {@code withMaxRetries(n)} (the work is what a {@code RetryTemplate} runs in
 * the same method).
 */
final class SpringFrameworkRetries {
  private static final String RETRYABLE = "org.springframework.resilience.annotation.Retryable";
  private static final String RETRY_POLICY = "org.springframework.core.retry.RetryPolicy";
  private static final Matcher<ExpressionTree> BUILDER = staticMethod().onClass(RETRY_POLICY).named("builder");
  private static final Matcher<ExpressionTree> DEFAULT_POLICY =
      staticMethod().onClass(RETRY_POLICY).namedAnyOf("withDefaults", "withMaxRetries");
  private static final Matcher<ExpressionTree> EXECUTE = instanceMethod()
      .onDescendantOf("org.springframework.core.retry.RetryOperations").namedAnyOf("execute", "invoke");

  private SpringFrameworkRetries() {}

  static List<Step> ofMethod(MethodTree method, JavacLowering lowering) {
    AnnotationTree retryable = RetryConfigSupport.annotation(method, RETRYABLE);
    if (retryable == null || method.getBody() == null || lowering.lowersRetriedWork()) {
      return List.of();
    }
    Long maxRetries = RetryConfigSupport.integerLiteral(RetryConfigSupport.attribute(retryable, "maxRetries"));
    if (maxRetries != null && maxRetries <= 0) {
      return List.of();
    }
    boolean work = TypeFilteredRetry.failsOnHttpErrors(lowering.lowerRetriedWork(method.getBody()));
    Condition predicate = Condition.TRUE;
    if (RetryConfigSupport.written(retryable, "predicate")) {
      MethodTree shouldRetry = RetryConfigSupport.declaredMethod(
          RetryConfigSupport.attribute(retryable, "predicate"), "shouldRetry", lowering.state());
      predicate = shouldRetry == null ? Condition.UNKNOWN : lowering.retryPredicate(shouldRetry);
    }
    IntSet statuses = TypeFilteredRetry.statuses(
        RetryConfigSupport.classAttributes(retryable, "value", "includes"),
        RetryConfigSupport.classAttributes(retryable, "excludes"), work, predicate);
    // The delay is 1 s by default, a back-off with multiplier / maxDelay / jitter: never the Retry-After time.
    return TypeFilteredRetry.retries(
        new TreeAnchor(retryable), RetryLibrary.SPRING_FRAMEWORK_RETRY, statuses, Step.RetryDelay.OWN);
  }

  static Step ofCall(MethodInvocationTree call, JavacLowering lowering) {
    if (lowering.lowersRetriedWork()) {
      return Step.NOTHING;
    }
    if (DEFAULT_POLICY.matches(call, lowering.state())) {
      Long maxRetries = call.getArguments().isEmpty() ? null
          : RetryConfigSupport.integerLiteral(call.getArguments().get(0));
      if (maxRetries != null && maxRetries <= 0) {
        return Step.NOTHING;
      }
      boolean work = RetryConfigSupport.executedWorkFailsOnHttpErrors(call, EXECUTE, lowering);
      return TypeFilteredRetry.retry(new TreeAnchor(call), RetryLibrary.SPRING_FRAMEWORK_RETRY,
          TypeFilteredRetry.statuses(List.of(), List.of(), work), Step.RetryDelay.OWN);
    }
    if (!lowering.view().calledName(call).equals("build")) {
      return Step.NOTHING;
    }
    List<MethodInvocationTree> chain = RetryConfigSupport.chain(call);
    if (!BUILDER.matches(chain.get(0), lowering.state())) {
      return Step.NOTHING;
    }
    TypeFilteredRetry.Filter filter = new TypeFilteredRetry.Filter();
    Step.RetryDelay delay = Step.RetryDelay.OWN;
    for (MethodInvocationTree stage : chain.subList(1, chain.size() - 1)) {
      ExpressionTree argument = stage.getArguments().isEmpty() ? null : stage.getArguments().get(0);
      switch (lowering.view().calledName(stage)) {
        case "includes" -> filter.include(RetryConfigSupport.classLiterals(stage.getArguments()));
        case "excludes" -> filter.exclude(RetryConfigSupport.classLiterals(stage.getArguments()));
        case "predicate" -> filter.predicate(Operands.strip(argument) instanceof LambdaExpressionTree lambda
            ? lowering.retryPredicate(lambda) : Condition.UNKNOWN);
        case "maxRetries" -> {
          Long retries = RetryConfigSupport.integerLiteral(argument);
          if (retries != null && retries <= 0) {
            return Step.NOTHING;
          }
        }
        case "backOff" -> delay = RetryConfigSupport.customDelay(argument, Step.RetryDelay.OWN, lowering.state());
        default -> { }
      }
    }
    IntSet statuses = filter.statuses(RetryConfigSupport.executedWorkFailsOnHttpErrors(call, EXECUTE, lowering));
    return TypeFilteredRetry.retry(new TreeAnchor(call), RetryLibrary.SPRING_FRAMEWORK_RETRY, statuses, delay);
  }
}
