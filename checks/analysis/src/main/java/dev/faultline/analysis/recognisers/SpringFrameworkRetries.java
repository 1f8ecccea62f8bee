package dev.faultline.analysis.recognisers;

import dev.faultline.analysis.library.TypeFilteredRetry;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.RetryLibrary;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;
import java.util.List;
import java.util.Set;

/**
 * Spring Framework 7's own retry: {@code @Retryable} of {@code
 * org.springframework.resilience.annotation} on a method (the method's body is the retried work; on
 * an interface or abstract method, the bodies implementing it in its package, else its exception
 * types alone), and {@code RetryPolicy.builder()...build()}, {@code RetryPolicy.withDefaults()} /
 * {@code withMaxRetries(n)} (the work is what a {@code RetryTemplate} runs in the same method).
 */
final class SpringFrameworkRetries implements RetryRecogniser {
  private static final String RETRYABLE = "org.springframework.resilience.annotation.Retryable";
  private static final String RETRY_POLICY = "org.springframework.core.retry.RetryPolicy";

  /**
   * The operations whose {@code execute} / {@code invoke} run the work (the template too, for views
   * without types).
   */
  private static final Set<String> OPERATIONS =
      Set.of(
          "org.springframework.core.retry.RetryOperations",
          "org.springframework.core.retry.RetryTemplate");

  @Override
  public <N> List<Step> ofMethod(N method, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    N retryable = view.annotation(method, RETRYABLE);
    if (retryable == null || context.lowersRetriedWork()) {
      return List.of();
    }
    Long maxRetries =
        RetryConfigValues.integerLiteral(view.attribute(retryable, "maxRetries"), view);
    if (maxRetries != null && maxRetries <= 0) {
      return List.of();
    }
    boolean work = RetryTemplates.annotatedWorkFailsOnHttpErrors(method, RETRYABLE, context);
    Condition predicate = Condition.TRUE;
    if (RetryConfigValues.written(retryable, "predicate", view)) {
      N shouldRetry =
          RetryTemplates.declaredMethod(
              view.attribute(retryable, "predicate"), "shouldRetry", view);
      predicate = shouldRetry == null ? Condition.UNKNOWN : context.retryPredicate(shouldRetry);
    }
    IntSet statuses =
        TypeFilteredRetry.statuses(
            RetryConfigValues.classAttributes(retryable, view, "value", "includes"),
            RetryConfigValues.classAttributes(retryable, view, "excludes"),
            work,
            predicate,
            ThrownExceptionStatuses.of(context));
    // The delay is 1 s by default, a back-off with multiplier / maxDelay / jitter: never the
    // Retry-After time.
    return TypeFilteredRetry.retries(
        view.anchor(retryable), RetryLibrary.SPRING_FRAMEWORK_RETRY, statuses, Step.RetryDelay.OWN);
  }

  @Override
  public <N> Step ofCall(N call, LoweringContext<N> context) {
    if (context.lowersRetriedWork()) {
      return Step.NOTHING;
    }
    CodeView<N> view = context.view();
    if (BuilderChains.isStatic(call, view, RETRY_POLICY, "withDefaults", "withMaxRetries")) {
      List<? extends N> arguments = view.arguments(call);
      Long maxRetries =
          arguments.isEmpty() ? null : RetryConfigValues.integerLiteral(arguments.get(0), view);
      if (maxRetries != null && maxRetries <= 0) {
        return Step.NOTHING;
      }
      boolean work =
          RetryTemplates.executedWorkFailsOnHttpErrors(
              call, context, OPERATIONS, "execute", "invoke");
      return TypeFilteredRetry.retry(
          view.anchor(call),
          RetryLibrary.SPRING_FRAMEWORK_RETRY,
          TypeFilteredRetry.statuses(List.of(), List.of(), work),
          Step.RetryDelay.OWN);
    }
    List<N> chain = BuilderChains.builtBy(call, view, RETRY_POLICY);
    if (chain == null) {
      return Step.NOTHING;
    }
    TypeFilteredRetry.Filter filter =
        new TypeFilteredRetry.Filter(ThrownExceptionStatuses.of(context));
    Step.RetryDelay delay = Step.RetryDelay.OWN;
    boolean delayWritten = false;
    boolean delayVaries = false;
    for (N stage : chain.subList(1, chain.size() - 1)) {
      List<? extends N> arguments = view.arguments(stage);
      N argument = arguments.isEmpty() ? null : view.strip(arguments.get(0));
      switch (view.calledName(stage)) {
        case "delay" -> delayWritten = true;
        case "multiplier" ->
            delayVaries |=
                !(argument != null
                    && view.constantValue(argument) instanceof Number factor
                    && factor.doubleValue() <= 1);
        case "jitter" -> delayVaries = true;
        case "includes" -> filter.include(RetryConfigValues.classLiterals(arguments, view));
        case "excludes" -> filter.exclude(RetryConfigValues.classLiterals(arguments, view));
        case "predicate" ->
            filter.predicate(
                argument != null && view.isLambda(argument)
                    ? context.retryPredicate(argument)
                    : Condition.UNKNOWN);
        case "maxRetries" -> {
          Long retries =
              RetryConfigValues.integerLiteral(arguments.isEmpty() ? null : arguments.get(0), view);
          if (retries != null && retries <= 0) {
            return Step.NOTHING;
          }
        }
        case "backOff" ->
            delay = RetryTemplates.customDelay(argument, Step.RetryDelay.OWN, context);
        default -> {}
      }
    }
    if (delay == Step.RetryDelay.OWN && delayWritten && !delayVaries) {
      delay = Step.RetryDelay.FIXED; // RetryPolicy.builder().delay(..): multiplier 1 by default
    }
    IntSet statuses =
        filter.statuses(
            RetryTemplates.executedWorkFailsOnHttpErrors(
                call, context, OPERATIONS, "execute", "invoke"));
    return TypeFilteredRetry.retry(
        view.anchor(call), RetryLibrary.SPRING_FRAMEWORK_RETRY, statuses, delay);
  }
}
