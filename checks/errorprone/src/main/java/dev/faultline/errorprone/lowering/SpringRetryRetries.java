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

/**
 * Spring Retry: {@code @Retryable} on a method (the method's body is the retried work) and the
 * {@code RetryTemplate.builder()} chain (the work is what {@code execute} runs in the same method).
 */
final class SpringRetryRetries {
  private static final String RETRYABLE = "org.springframework.retry.annotation.Retryable";
  private static final String RETRY_TEMPLATE = "org.springframework.retry.support.RetryTemplate";
  private static final String SIMPLE_RETRY_POLICY = "org.springframework.retry.policy.SimpleRetryPolicy";
  private static final String NO_BACK_OFF_POLICY = "org.springframework.retry.backoff.NoBackOffPolicy";
  private static final Matcher<ExpressionTree> BUILDER = staticMethod().onClass(RETRY_TEMPLATE).named("builder");
  private static final Matcher<ExpressionTree> EXECUTE =
      instanceMethod().onDescendantOf("org.springframework.retry.RetryOperations").named("execute");
  private static final Matcher<ExpressionTree> SET_RETRY_POLICY =
      instanceMethod().onDescendantOf(RETRY_TEMPLATE).named("setRetryPolicy");
  private static final Matcher<ExpressionTree> SET_BACK_OFF_POLICY =
      instanceMethod().onDescendantOf(RETRY_TEMPLATE).named("setBackOffPolicy");

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
    if (lowering.lowersRetriedWork()) {
      return Step.NOTHING;
    }
    if (SET_RETRY_POLICY.matches(call, lowering.state())) {
      return ofSetRetryPolicy(call, lowering);
    }
    if (!lowering.view().calledName(call).equals("build")) {
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
      switch (lowering.view().calledName(stage)) {
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
              && TypeFilteredRetry.isUnfilteredPolicy(JavacLowering.qualifiedName(ASTHelpers.getType(policy))))) {
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

  /**
   * {@code template.setRetryPolicy(new SimpleRetryPolicy(n, Map.of(X.class, true, Y.class, false)))} on a
   * {@code new RetryTemplate()}, with the back-off of a {@code setBackOffPolicy} call in the same method (none: the
   * template re-sends at once).
   */
  private static Step ofSetRetryPolicy(MethodInvocationTree call, JavacLowering lowering) {
    if (!(Operands.strip(call.getArguments().get(0)) instanceof NewClassTree policy)
        || !SIMPLE_RETRY_POLICY.equals(JavacLowering.qualifiedName(ASTHelpers.getType(policy)))
        || policy.getArguments().size() > 3) {
      return Step.NOTHING;
    }
    List<? extends ExpressionTree> arguments = policy.getArguments();
    Long attempts = arguments.isEmpty() ? null : RetryConfigSupport.integerLiteral(arguments.get(0));
    if (attempts != null && attempts <= 1) {
      return Step.NOTHING;
    }
    TypeFilteredRetry.Filter filter = new TypeFilteredRetry.Filter();
    if (arguments.size() >= 2) {
      // The map's true entries are retried, its false entries not, and nothing else.
      if (!(Operands.strip(arguments.get(1)) instanceof MethodInvocationTree map)
          || !lowering.view().calledName(map).equals("of") || map.getArguments().isEmpty()) {
        return Step.NOTHING;
      }
      List<? extends ExpressionTree> entries = map.getArguments();
      boolean anyRetried = false;
      for (int i = 0; i + 1 < entries.size(); i += 2) {
        List<String> types = RetryConfigSupport.classLiterals(entries.get(i));
        Boolean retried = RetryConfigSupport.booleanLiteral(entries.get(i + 1));
        if (retried == null || types.size() != 1) {
          return Step.NOTHING;
        }
        if (retried) {
          filter.include(types);
        } else {
          filter.exclude(types);
        }
        anyRetried |= retried;
      }
      if (!anyRetried) {
        return Step.NOTHING;
      }
    }
    Step.RetryDelay delay = Step.RetryDelay.NONE;
    for (MethodInvocationTree setBackOff
        : RetryConfigSupport.callsInEnclosingMethod(call, SET_BACK_OFF_POLICY, lowering.state())) {
      ExpressionTree backOff = setBackOff.getArguments().get(0);
      delay = NO_BACK_OFF_POLICY.equals(JavacLowering.qualifiedName(ASTHelpers.getType(backOff)))
          ? Step.RetryDelay.NONE
          : RetryConfigSupport.customDelay(backOff, Step.RetryDelay.OWN, lowering.state());
    }
    IntSet statuses = filter.statuses(RetryConfigSupport.executedWorkFailsOnHttpErrors(call, EXECUTE, lowering));
    return TypeFilteredRetry.retry(new TreeAnchor(call), RetryLibrary.SPRING_RETRY, statuses, delay);
  }
}
