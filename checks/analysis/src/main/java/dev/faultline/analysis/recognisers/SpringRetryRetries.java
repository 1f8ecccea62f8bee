package dev.faultline.analysis.recognisers;

import dev.faultline.analysis.library.TypeFilteredRetry;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.RetryLibrary;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Spring Retry: {@code @Retryable} on a method (the method's body is the retried work; on an
 * interface or abstract method, the bodies implementing it in its package, else its exception types
 * alone), the {@code RetryTemplate.builder()} chain and {@code template.setRetryPolicy(new
 * SimpleRetryPolicy(...))} (the work is what {@code execute} runs in the same method).
 */
final class SpringRetryRetries implements RetryRecogniser {
  private static final String RETRYABLE = "org.springframework.retry.annotation.Retryable";
  private static final String RETRY_TEMPLATE = "org.springframework.retry.support.RetryTemplate";
  private static final Set<String> TEMPLATE = Set.of(RETRY_TEMPLATE);

  /**
   * The operations whose {@code execute} runs the work (the template too, for a front end without
   * types).
   */
  private static final Set<String> OPERATIONS =
      Set.of("org.springframework.retry.RetryOperations", RETRY_TEMPLATE);

  private static final String SIMPLE_RETRY_POLICY =
      "org.springframework.retry.policy.SimpleRetryPolicy";
  private static final String NO_BACK_OFF_POLICY =
      "org.springframework.retry.backoff.NoBackOffPolicy";
  private static final String FIXED_BACK_OFF_POLICY =
      "org.springframework.retry.backoff.FixedBackOffPolicy";
  private static final String INTERCEPTOR_BUILDER =
      "org.springframework.retry.interceptor.RetryInterceptorBuilder";

  @Override
  public <N> List<Step> ofMethod(N method, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    N retryable = view.annotation(method, RETRYABLE);
    if (retryable == null || context.lowersRetriedWork()) {
      return List.of();
    }
    if (RetryConfigValues.written(retryable, "interceptor", view)) {
      return ofInterceptor(method, retryable, context);
    }
    Long maxAttempts =
        RetryConfigValues.integerLiteral(view.attribute(retryable, "maxAttempts"), view);
    if (maxAttempts != null && maxAttempts <= 1) {
      return List.of();
    }
    boolean work = RetryTemplates.annotatedWorkFailsOnHttpErrors(method, RETRYABLE, context);
    IntSet statuses =
        TypeFilteredRetry.statuses(
            RetryConfigValues.classAttributes(retryable, view, "value", "include", "retryFor"),
            RetryConfigValues.classAttributes(retryable, view, "exclude", "noRetryFor"),
            work,
            ThrownExceptionStatuses.of(context));
    if (RetryConfigValues.written(retryable, "exceptionExpression", view)) {
      statuses = TypeFilteredRetry.narrowedByUnknownFilter(statuses);
    }
    N backoff = view.attribute(retryable, "backoff");
    Step.RetryDelay delay =
        backoff != null && fixedBackoffAnnotation(backoff, view)
            ? Step.RetryDelay.FIXED
            : Step.RetryDelay.OWN;
    if ((backoff != null && RetryConfigValues.written(backoff, "delayExpression", view))
        || RetryConfigValues.written(retryable, "listeners", view)) {
      delay =
          Step.RetryDelay
              .RETRY_AFTER; // a bean the retry asks for the delay: cannot be read, so not judged
    }
    return TypeFilteredRetry.retries(
        view.anchor(retryable), RetryLibrary.SPRING_RETRY, statuses, delay);
  }

  /**
   * {@code @Retryable(interceptor = "name")}: the method retried as the interceptor bean of that
   * name in its package configures it ({@code RetryInterceptorBuilder.stateless()...build()}
   * returned by a {@code @Bean} method): every exception unless {@code retryPolicy(..)} says
   * otherwise, no back-off unless {@code backOffOptions(..)} or {@code backOffPolicy(..)} sets one.
   * Not judged when the bean is not found in the package, builds its retries from a template
   * ({@code retryOperations(..)}), or makes more than one builder.
   */
  private static <N> List<Step> ofInterceptor(N method, N retryable, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    N attribute = view.attribute(retryable, "interceptor");
    Object name = attribute == null ? null : view.constantValue(view.strip(attribute));
    N bean = name instanceof String beanName ? RetryBeans.beanNamed(beanName, method, view) : null;
    N body = bean == null ? null : view.methodBody(bean);
    if (body == null) {
      return List.of();
    }
    List<N> chain = null;
    for (N call : view.callsIn(body)) {
      List<N> links =
          view.calledName(call).equals("build") ? BuilderChains.links(call, view) : List.of();
      if (!links.isEmpty()
          && BuilderChains.isStatic(
              links.get(0), view, INTERCEPTOR_BUILDER, "stateless", "stateful")) {
        if (chain != null) {
          return List.of();
        }
        chain = links;
      }
    }
    if (chain == null) {
      return List.of();
    }
    TypeFilteredRetry.Filter filter =
        new TypeFilteredRetry.Filter(ThrownExceptionStatuses.of(context));
    Step.RetryDelay delay = Step.RetryDelay.NONE;
    for (N stage : chain.subList(1, chain.size() - 1)) {
      List<? extends N> arguments = view.arguments(stage);
      N argument = arguments.isEmpty() ? null : view.strip(arguments.get(0));
      switch (view.calledName(stage)) {
        case "maxAttempts" -> {
          Long attempts = RetryConfigValues.integerLiteral(argument, view);
          if (attempts != null && attempts <= 1) {
            return List.of();
          }
        }
        case "retryPolicy" -> {
          String policy = argument == null ? null : view.createdType(argument);
          if (policy == null || !TypeFilteredRetry.isUnfilteredPolicy(policy)) {
            filter.narrowedByUnknown();
          }
        }
        case "retryOperations" -> {
          return List.of();
        }
        case "backOffOptions" -> delay = Step.RetryDelay.OWN;
        case "backOffPolicy" -> {
          String policy = argument == null ? null : view.createdType(argument);
          delay =
              FIXED_BACK_OFF_POLICY.equals(policy)
                  ? Step.RetryDelay.FIXED
                  : NO_BACK_OFF_POLICY.equals(policy) ? Step.RetryDelay.NONE : Step.RetryDelay.OWN;
        }
        default -> {}
      }
    }
    IntSet statuses =
        filter.statuses(RetryTemplates.annotatedWorkFailsOnHttpErrors(method, RETRYABLE, context));
    return TypeFilteredRetry.retries(
        view.anchor(retryable), RetryLibrary.SPRING_RETRY, statuses, delay);
  }

  @Override
  public <N> Step ofCall(N call, LoweringContext<N> context) {
    if (context.lowersRetriedWork()) {
      return Step.NOTHING;
    }
    CodeView<N> view = context.view();
    String name = view.calledName(call);
    if (name.equals("setRetryPolicy")
        && RetryTemplates.isTemplateCall(call, view, TEMPLATE, "setRetryPolicy")) {
      return ofSetRetryPolicy(call, context);
    }
    List<N> chain = BuilderChains.builtBy(call, view, RETRY_TEMPLATE);
    if (chain == null) {
      return Step.NOTHING;
    }
    TypeFilteredRetry.Filter filter =
        new TypeFilteredRetry.Filter(ThrownExceptionStatuses.of(context));
    Step.RetryDelay delay = Step.RetryDelay.NONE;
    for (N stage : chain.subList(1, chain.size() - 1)) {
      List<? extends N> arguments = view.arguments(stage);
      N argument = arguments.isEmpty() ? null : arguments.get(0);
      switch (view.calledName(stage)) {
        case "retryOn" -> {
          if (argument != null && view.isLambda(view.strip(argument))) {
            filter.predicate(context.retryPredicate(view.strip(argument)));
          } else {
            filter.include(RetryConfigValues.classLiterals(argument, view));
          }
        }
        case "notRetryOn" -> filter.exclude(RetryConfigValues.classLiterals(argument, view));
        case "maxAttempts" -> {
          Long attempts = RetryConfigValues.integerLiteral(argument, view);
          if (attempts != null && attempts <= 1) {
            return Step.NOTHING;
          }
        }
        case "customPolicy" -> {
          String policy = argument == null ? null : view.createdType(view.strip(argument));
          if (policy == null || !TypeFilteredRetry.isUnfilteredPolicy(policy)) {
            filter.narrowedByUnknown();
          }
        }
        case "fixedBackoff" -> delay = Step.RetryDelay.FIXED;
        case "exponentialBackoff", "uniformRandomBackoff" -> delay = Step.RetryDelay.OWN;
        case "noBackoff" -> delay = Step.RetryDelay.NONE;
        case "customBackoff" ->
            delay = RetryTemplates.customDelay(argument, Step.RetryDelay.OWN, context);
        case "withListener", "withListeners" -> {
          if (RetryTemplates.customDelay(argument, delay, context) == Step.RetryDelay.RETRY_AFTER) {
            delay = Step.RetryDelay.RETRY_AFTER;
          }
        }
        default -> {}
      }
    }
    IntSet statuses =
        filter.statuses(
            RetryTemplates.executedWorkFailsOnHttpErrors(call, context, OPERATIONS, "execute"));
    return TypeFilteredRetry.retry(view.anchor(call), RetryLibrary.SPRING_RETRY, statuses, delay);
  }

  /**
   * {@code template.setRetryPolicy(new SimpleRetryPolicy(n, Map.of(X.class, true, Y.class,
   * false)))} on a {@code new RetryTemplate()}, with the back-off of a {@code setBackOffPolicy}
   * call in the same method (none: the template re-sends at once).
   */
  private static <N> Step ofSetRetryPolicy(N call, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    List<? extends N> policyArguments = view.arguments(call);
    N policy = policyArguments.isEmpty() ? null : view.strip(policyArguments.get(0));
    if (policy == null
        || !SIMPLE_RETRY_POLICY.equals(view.createdType(policy))
        || view.arguments(policy).size() > 3) {
      return Step.NOTHING;
    }
    List<? extends N> arguments = view.arguments(policy);
    Long attempts =
        arguments.isEmpty() ? null : RetryConfigValues.integerLiteral(arguments.get(0), view);
    if (attempts != null && attempts <= 1) {
      return Step.NOTHING;
    }
    TypeFilteredRetry.Filter filter =
        new TypeFilteredRetry.Filter(ThrownExceptionStatuses.of(context));
    if (arguments.size() >= 2 && !readRetriedTypes(view.strip(arguments.get(1)), filter, view)) {
      return Step.NOTHING;
    }
    Step.RetryDelay delay = Step.RetryDelay.NONE;
    for (N setBackOff :
        RetryTemplates.callsInEnclosingMethod(
            call,
            view,
            candidate ->
                RetryTemplates.isTemplateCall(candidate, view, TEMPLATE, "setBackOffPolicy"))) {
      N backOff = view.arguments(setBackOff).get(0);
      delay =
          NO_BACK_OFF_POLICY.equals(RetryTemplates.typeOfValue(backOff, view))
              ? Step.RetryDelay.NONE
              : RetryTemplates.customDelay(backOff, Step.RetryDelay.OWN, context);
    }
    for (N register :
        RetryTemplates.callsInEnclosingMethod(
            call,
            view,
            candidate ->
                RetryTemplates.isTemplateCall(
                    candidate, view, TEMPLATE, "registerListener", "setListeners"))) {
      for (N listener : listenersOf(view.arguments(register), view)) {
        if (RetryTemplates.customDelay(listener, delay, context) == Step.RetryDelay.RETRY_AFTER) {
          delay = Step.RetryDelay.RETRY_AFTER;
        }
      }
    }
    IntSet statuses =
        filter.statuses(
            RetryTemplates.executedWorkFailsOnHttpErrors(call, context, OPERATIONS, "execute"));
    return TypeFilteredRetry.retry(view.anchor(call), RetryLibrary.SPRING_RETRY, statuses, delay);
  }

  /**
   * The listeners that {@code registerListener(listener)} or {@code setListeners(new
   * RetryListener[] {a, b})} is given: the array's elements when it is written in place, else the
   * argument itself (a variable, a field: a listener that cannot be read, which counts as honouring
   * Retry-After).
   */
  private static <N> List<N> listenersOf(List<? extends N> arguments, CodeView<N> view) {
    List<N> listeners = new ArrayList<>();
    for (N argument : arguments) {
      List<? extends N> elements = view.arrayElements(view.strip(argument));
      if (elements == null) {
        listeners.add(argument);
      } else {
        listeners.addAll(elements);
      }
    }
    return listeners;
  }

  /**
   * Reads the {@code Map.of(X.class, true, Y.class, false)} of a simple retry policy into the
   * filter: its true entries are retried, its false entries not, and nothing else. False when the
   * map cannot be read or retries nothing.
   */
  private static <N> boolean readRetriedTypes(
      N map, TypeFilteredRetry.Filter filter, CodeView<N> view) {
    if (!view.isCall(map) || !view.calledName(map).equals("of") || view.arguments(map).isEmpty()) {
      return false;
    }
    List<? extends N> entries = view.arguments(map);
    boolean anyRetried = false;
    for (int i = 0; i + 1 < entries.size(); i += 2) {
      List<String> types = RetryConfigValues.classLiterals(entries.get(i), view);
      Boolean retried = RetryConfigValues.booleanLiteral(entries.get(i + 1), view);
      if (retried == null || types.size() != 1) {
        return false;
      }
      if (retried) {
        filter.include(types);
      } else {
        filter.exclude(types);
      }
      anyRetried |= retried;
    }
    return anyRetried;
  }

  /**
   * {@code @Backoff(delay = 2000)} (or {@code @Backoff(2000)}): a delay and no multiplier that
   * grows it, no random part, no expression; the same wait before every attempt.
   */
  private static <N> boolean fixedBackoffAnnotation(N backoff, CodeView<N> view) {
    if (!RetryConfigValues.written(backoff, "delay", view)
        && !RetryConfigValues.written(backoff, "value", view)) {
      return false;
    }
    for (String varying :
        List.of(
            "delayExpression",
            "multiplierExpression",
            "maxDelayExpression",
            "random",
            "randomExpression")) {
      if (RetryConfigValues.written(backoff, varying, view)) {
        return false;
      }
    }
    N multiplier = view.attribute(backoff, "multiplier");
    return multiplier == null
        || (view.constantValue(view.strip(multiplier)) instanceof Number factor
            && factor.doubleValue() <= 1);
  }
}
