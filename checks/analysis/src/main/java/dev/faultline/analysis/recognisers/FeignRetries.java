package dev.faultline.analysis.recognisers;

import dev.faultline.analysis.library.RetryHooks;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.RetryLibrary;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;
import dev.faultline.analysis.view.StatementKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * OpenFeign: an {@code ErrorDecoder} that returns (or throws) a {@code RetryableException} makes
 * Feign re-send the request for the responses it decodes that way, after the Retryer's wait; a
 * {@code Retryer} that sleeps an interval of its own never waits for the Retry-After that Feign's
 * default decoder puts on the exception; a {@code Retryer.Default} whose maximum period is under a
 * minute cuts a rate limit's Retry-After short.
 */
final class FeignRetries implements RetryRecogniser {
  /** The types of RetryableException's retry-after argument. */
  private static final Set<String> RETRY_AFTER_TYPES =
      Set.of("java.lang.Long", "long", "java.util.Date");

  /**
   * {@code builder.retryer(new Retryer.Default(period, maxPeriod, maxAttempts))}: Retryer.Default
   * waits for the Retry-After time but never longer than {@code maxPeriod}, so a constant below a
   * minute cuts a rate limit's Retry-After short. Other calls: NOTHING.
   */
  @Override
  public <N> Step ofCall(N call, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    if (!view.calledName(call).equals("retryer")) {
      return Step.NOTHING;
    }
    List<? extends N> arguments = view.arguments(call);
    return arguments.size() == 1 ? cappedDefault(arguments.get(0), view) : Step.NOTHING;
  }

  @Override
  public <N> List<Step> ofMethod(N method, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    String name = view.methodName(method);
    N body = name == null ? null : view.methodBody(method);
    if (body == null) {
      return List.of();
    }
    List<Step> bean = beanRetryer(method, body, view);
    if (!bean.isEmpty()) {
      return bean;
    }
    if (name.equals("decode")
        && view.parameters(method).size() == 2
        && view.declaredInSubtypeOf(method, RetryHooks.FEIGN_ERROR_DECODER)) {
      return decoderRetries(body, context);
    }
    if (name.equals("continueOrPropagate")
        && view.parameters(method).size() == 1
        && view.declaredInSubtypeOf(method, RetryHooks.FEIGN_RETRYER)) {
      return retryerWait(method, body, context);
    }
    return List.of();
  }

  /** A @Bean method that returns a capped Retryer.Default. */
  private static <N> List<Step> beanRetryer(N method, N body, CodeView<N> view) {
    if (view.annotation(method, RetryHooks.SPRING_BEAN) == null) {
      return List.of();
    }
    List<Step> steps = new ArrayList<>();
    for (N statement : view.statementsOf(body)) {
      N returned =
          view.statementKind(statement) == StatementKind.RETURN
              ? view.statementExpression(statement)
              : null;
      if (returned != null) {
        Step capped = cappedDefault(returned, view);
        if (!capped.equals(Step.NOTHING)) {
          steps.add(capped);
        }
      }
    }
    return steps;
  }

  private static <N> Step cappedDefault(N expression, CodeView<N> view) {
    N creation = view.strip(expression);
    if (!RetryHooks.FEIGN_RETRYER_DEFAULT.equals(view.createdType(creation))) {
      return Step.NOTHING;
    }
    List<? extends N> arguments = view.arguments(creation);
    Object maxPeriod =
        arguments.size() == 3 ? view.constantValue(view.strip(arguments.get(1))) : null;
    if (!(maxPeriod instanceof Number millis)
        || millis.longValue() >= RetryHooks.FEIGN_MAX_PERIOD_THAT_WAITS_OUT_LIMITS) {
      return Step.NOTHING;
    }
    return new Step.LibraryRetry(
        view.anchor(creation),
        RetryLibrary.FEIGN,
        RetryHooks.FEIGN_RATE_LIMITED,
        new Condition.RetryAfterPresent(),
        Step.RetryDelay.OWN,
        false);
  }

  /**
   * One library retry per RetryableException the decoder returns, created in place, held in a local
   * that is returned, or created by a method of the same class that the decoder returns the result
   * of, under the condition that it is the result. The retry waits for the Retry-After time when
   * the exception's retry-after argument reads it, on the Retryer's own schedule when it has none
   * or a {@code null} one; a retry-after given by a variable read from elsewhere is not judged.
   */
  @SuppressWarnings("ReferenceEquality") // identity on purpose: this very creation is the result
  private static <N> List<Step> decoderRetries(N body, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    List<Step> steps = new ArrayList<>();
    for (N exception : createdExceptions(body, view)) {
      Function<N, Condition> isIt = value -> value == exception ? Condition.TRUE : Condition.FALSE;
      Condition resent =
          ReturnConditions.followingHelpers(body, context, isIt, isIt, Condition.FALSE);
      if (resent.equals(Condition.FALSE)) {
        continue;
      }
      Step.RetryDelay delay = retryAfterArgument(exception, context);
      if (delay == null) {
        continue;
      }
      steps.add(
          new Step.LibraryRetry(
              view.anchor(exception),
              RetryLibrary.FEIGN,
              RetryHooks.FEIGN_DECODED_STATUSES,
              resent,
              delay,
              false));
    }
    return steps;
  }

  /**
   * The RetryableExceptions created in the decoder's body and in the bodies of the methods of its
   * class that it calls without a receiver.
   */
  @SuppressWarnings("ReferenceEquality") // identity on purpose: the decoder's own body is no helper
  private static <N> List<N> createdExceptions(N body, CodeView<N> view) {
    List<N> code = new ArrayList<>(List.of(body));
    N owner = view.enclosingClass(body);
    for (N call : view.callsIn(body)) {
      N helper =
          owner == null || view.receiver(call) != null || view.isSuperCall(call)
              ? null
              : view.declaredMethod(owner, view.calledName(call));
      N helperBody = helper == null ? null : view.methodBody(helper);
      if (helperBody != null && helperBody != body && !code.contains(helperBody)) {
        code.add(helperBody);
      }
    }
    List<N> exceptions = new ArrayList<>();
    for (N piece : code) {
      for (N creation : view.creationsIn(piece)) {
        if (view.isSubtype(view.createdType(creation), RetryHooks.FEIGN_RETRYABLE_EXCEPTION)) {
          exceptions.add(creation);
        }
      }
    }
    return exceptions;
  }

  /**
   * How the retry of an exception waits: RETRY_AFTER when an argument reads the header, OWN when
   * the retry-after argument is absent, {@code null} or a value of the code's own, null (not
   * judged) when it is a variable whose value is not read here.
   */
  private static <N> Step.@Nullable RetryDelay retryAfterArgument(
      N exception, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    List<? extends N> arguments = view.arguments(exception);
    if (arguments.stream().anyMatch(context::readsRetryAfter)) {
      return Step.RetryDelay.RETRY_AFTER;
    }
    for (N argument : arguments) {
      N value = view.strip(argument);
      if (view.isName(value) && RETRY_AFTER_TYPES.contains(view.typeOf(value))) {
        return null;
      }
    }
    return Step.RetryDelay.OWN;
  }

  /** A Retryer that sleeps without asking the exception for its Retry-After time. */
  private static <N> List<Step> retryerWait(N method, N body, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    boolean sleeps = false;
    for (N call : view.callsIn(body)) {
      if (context.readsRetryAfterCall(call)
          || view.arguments(call).stream().anyMatch(context::readsRetryAfter)) {
        return List.of();
      }
      sleeps |= context.isSleepCall(call);
    }
    if (!sleeps) {
      return List.of();
    }
    return List.of(
        new Step.LibraryRetry(
            view.nameAnchor(method),
            RetryLibrary.FEIGN,
            RetryHooks.FEIGN_RATE_LIMITED,
            new Condition.RetryAfterPresent(),
            Step.RetryDelay.OWN,
            false));
  }
}
