package dev.faultline.errorprone.lowering;

import static com.google.errorprone.matchers.method.MethodMatchers.instanceMethod;
import static com.google.errorprone.matchers.method.MethodMatchers.staticMethod;

import com.google.errorprone.matchers.Matcher;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import dev.faultline.analysis.library.RetryLibrary;
import dev.faultline.analysis.library.TypeFilteredRetry;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.Step;
import java.util.List;
import java.util.Set;

/**
 * Spring Retry: {@code @Retryable} on a method (the method's body is the retried work) and the
 * {@code RetryTemplate.builder()} chain (the work is what {@code execute} runs in the same method).
 */
final class SpringRetryRetries {
  private static final String RETRYABLE = "org.springframework.retry.annotation.Retryable";
  private static final Matcher<ExpressionTree> BUILDER =
      staticMethod().onClass("org.springframework.retry.support.RetryTemplate").named("builder");
  private static final Matcher<ExpressionTree> EXECUTE =
      instanceMethod().onDescendantOf("org.springframework.retry.RetryOperations").named("execute");
  /** Retry policies of the library that count attempts or time and let every exception through. */
  private static final Set<String> UNFILTERED_POLICIES = Set.of(
      "org.springframework.retry.policy.MaxAttemptsRetryPolicy",
      "org.springframework.retry.policy.TimeoutRetryPolicy",
      "org.springframework.retry.policy.AlwaysRetryPolicy");

  private SpringRetryRetries() {}

  static List<Step> ofMethod(MethodTree method, JavacLowering lowering) {
    AnnotationTree retryable = RetryConfigSupport.annotation(method, RETRYABLE);
    if (retryable == null || method.getBody() == null || lowering.lowersRetriedWork()
        || RetryConfigSupport.written(retryable, "interceptor")) {
      return List.of();
    }
    Long maxAttempts = RetryConfigSupport.integerLiteral(RetryConfigSupport.attribute(retryable, "maxAttempts"));
    if (maxAttempts != null && maxAttempts <= 1) {
      return List.of();
    }
    boolean work = TypeFilteredRetry.failsOnHttpErrors(lowering.lowerRetriedWork(method.getBody()));
    IntSet statuses = TypeFilteredRetry.statuses(
        RetryConfigSupport.classAttributes(retryable, "value", "include", "retryFor"),
        RetryConfigSupport.classAttributes(retryable, "exclude", "noRetryFor"), work);
    if (RetryConfigSupport.written(retryable, "exceptionExpression")) {
      statuses = TypeFilteredRetry.narrowedByUnknownFilter(statuses);
    }
    Step.RetryDelay delay = Step.RetryDelay.OWN;
    ExpressionTree backoff = RetryConfigSupport.attribute(retryable, "backoff");
    if ((backoff instanceof AnnotationTree annotation && RetryConfigSupport.written(annotation, "delayExpression"))
        || RetryConfigSupport.written(retryable, "listeners")) {
      delay = Step.RetryDelay.RETRY_AFTER; // a bean the retry asks for the delay: cannot be read, so not judged
    }
    return TypeFilteredRetry.retries(new TreeAnchor(retryable), RetryLibrary.SPRING_RETRY, statuses, delay);
  }

  static Step ofCall(MethodInvocationTree call, JavacLowering lowering) {
    if (lowering.lowersRetriedWork() || !RetryConfigSupport.name(call).equals("build")) {
      return Step.NOTHING;
    }
    List<MethodInvocationTree> chain = RetryConfigSupport.chain(call);
    if (!BUILDER.matches(chain.get(0), lowering.state())) {
      return Step.NOTHING;
    }
    TypeFilteredRetry.Filter filter = new TypeFilteredRetry.Filter();
    Step.RetryDelay delay = Step.RetryDelay.NONE;
    for (MethodInvocationTree stage : chain.subList(1, chain.size() - 1)) {
      ExpressionTree argument = stage.getArguments().isEmpty() ? null : stage.getArguments().get(0);
      switch (RetryConfigSupport.name(stage)) {
        case "retryOn" -> {
          if (Operands.strip(argument) instanceof LambdaExpressionTree lambda) {
            filter.predicate(lowering.retryPredicate(lambda));
          } else {
            filter.include(RetryConfigSupport.classLiterals(argument));
          }
        }
        case "notRetryOn" -> filter.exclude(RetryConfigSupport.classLiterals(argument));
        case "maxAttempts" -> {
          Long attempts = RetryConfigSupport.integerLiteral(argument);
          if (attempts != null && attempts <= 1) {
            return Step.NOTHING;
          }
        }
        case "customPolicy" -> {
          if (!(Operands.strip(argument) instanceof NewClassTree policy
              && UNFILTERED_POLICIES.contains(RetryConfigSupport.qualifiedName(ASTHelpers.getType(policy))))) {
            filter.narrowedByUnknown();
          }
        }
        case "fixedBackoff", "exponentialBackoff", "uniformRandomBackoff" -> delay = Step.RetryDelay.OWN;
        case "noBackoff" -> delay = Step.RetryDelay.NONE;
        case "customBackoff" ->
            delay = RetryConfigSupport.customDelay(argument, Step.RetryDelay.OWN, lowering.state());
        case "withListener", "withListeners" -> {
          if (RetryConfigSupport.customDelay(argument, delay, lowering.state()) == Step.RetryDelay.RETRY_AFTER) {
            delay = Step.RetryDelay.RETRY_AFTER;
          }
        }
        default -> { }
      }
    }
    IntSet statuses = filter.statuses(RetryConfigSupport.executedWorkFailsOnHttpErrors(call, EXECUTE, lowering));
    return TypeFilteredRetry.retry(new TreeAnchor(call), RetryLibrary.SPRING_RETRY, statuses, delay);
  }
}
