package dev.faultline.analysis.recognisers;

import dev.faultline.analysis.library.ReactorRetrySpecs;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.values.ClassFacts;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reactor's retry operators on a Mono or Flux: {@code retryWhen(spec)} with a {@code
 * reactor.util.retry.Retry} spec ({@code Retry.backoff}, {@code fixedDelay}, {@code max}, {@code
 * maxInARow}, {@code indefinitely}, optionally {@code .filter(predicate)}; {@code Retry.from} /
 * {@code withThrowable} with a function of their own), written in the call or held in a local
 * variable or a field, and {@code retry()} / {@code retry(n)}. The finding is anchored at the retry
 * operator; a spec built in a method that applies none (a {@code @Bean}, a factory method) is
 * judged at its {@code filter} call when the filter names HTTP failures.
 */
final class ReactorRetries implements RetryRecogniser {
  private static final String MONO = "reactor.core.publisher.Mono";
  private static final String FLUX = "reactor.core.publisher.Flux";
  private static final String RETRY = "reactor.util.retry.Retry";
  private static final String[] FACTORIES = {
    "backoff", "fixedDelay", "max", "maxInARow", "indefinitely", "from", "withThrowable"
  };

  /** A spec chain read from its outermost call: the factory that starts it, and its last filter. */
  private record Spec<N>(N factory, @Nullable N filter) {}

  @Override
  public <N> Step ofCall(N call, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    switch (view.calledName(call)) {
      case "retry" -> {
        N receiver = view.receiver(call);
        return onPublisher(call, view) && receiver != null && context.sendsRequestIn(receiver)
            ? ReactorRetrySpecs.libraryRetry(
                view.anchor(call), "retry", Condition.TRUE, true, () -> Step.RetryDelay.NONE)
            : Step.NOTHING;
      }
      case "retryWhen", "repeatWhen" -> {
        List<? extends N> arguments = view.arguments(call);
        if (arguments.size() != 1 || !onPublisher(call, view)) {
          return Step.NOTHING;
        }
        N receiver = view.receiver(call);
        boolean publisherSends = receiver != null && context.sendsRequestIn(receiver);
        N argument = followed(arguments.get(0), context);
        N extra = extraChain(argument, context);
        if (extra != null) {
          return ExtraRetries.judge(call, extra, publisherSends, context);
        }
        Spec<N> spec = view.calledName(call).equals("retryWhen") ? spec(argument, view) : null;
        return spec == null ? Step.NOTHING : judge(call, spec, publisherSends, context);
      }
      case "apply" -> {
        // reactor-extra's retry.apply(publisher)
        List<? extends N> arguments = view.arguments(call);
        N receiver = view.receiver(call);
        N extra =
            arguments.size() == 1 && receiver != null && !view.isStaticCall(call)
                ? extraChain(followed(receiver, context), context)
                : null;
        return extra == null
            ? Step.NOTHING
            : ExtraRetries.judge(call, extra, context.sendsRequestIn(arguments.get(0)), context);
      }
      case "filter" -> {
        if (!isFilter(call, view) || appliesRetryWhen(context) || madeForRetryWhen(context)) {
          return Step.NOTHING;
        }
        Spec<N> spec = spec(call, view);
        return spec == null ? Step.NOTHING : judge(call, spec, false, context);
      }
      default -> {
        return Step.NOTHING;
      }
    }
  }

  private static <N> boolean onPublisher(N call, CodeView<N> view) {
    if (view.isStaticCall(call)) {
      return false;
    }
    String owner = view.calledOwner(call);
    return view.isSubtype(owner, MONO) || view.isSubtype(owner, FLUX);
  }

  private static <N> boolean isFilter(N call, CodeView<N> view) {
    return view.calledName(call).equals("filter")
        && !view.isStaticCall(call)
        && view.isSubtype(view.calledOwner(call), RETRY);
  }

  /**
   * The retry a spec configures. A filter (or the guard of a {@code Retry.from} function) decides
   * which failures are retried; without one every error is, and that counts as HTTP failures only
   * when the retried publisher sends.
   */
  private static <N> Step judge(
      N anchor, Spec<N> spec, boolean publisherSends, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    String kind = view.calledName(spec.factory());
    List<? extends N> arguments = view.arguments(spec.factory());
    Condition retriedWhen = Condition.TRUE;
    if (spec.filter() != null) {
      N filter = view.strip(spec.filter());
      if (!view.isLambda(filter)) {
        retriedWhen =
            Objects.requireNonNullElse(
                BuilderChains.predicate(filter, context, null, 0), Condition.UNKNOWN);
      } else {
        N test = view.lambdaExpressionBody(filter);
        retriedWhen =
            test != null
                ? failureTest(test, context)
                : Objects.requireNonNullElse(
                    context.lambdaCondition(filter, null, 0), Condition.UNKNOWN);
      }
    } else if (ReactorRetrySpecs.isCustom(kind) && !arguments.isEmpty()) {
      retriedWhen = guard(arguments.get(0), context);
    }
    return ReactorRetrySpecs.libraryRetry(
        view.anchor(anchor),
        kind,
        retriedWhen,
        publisherSends,
        () -> customDelay(arguments.get(0), context));
  }

  /**
   * A test of the failure: {@code instanceof} an HTTP or transport exception type stands for its
   * statuses (a transport failure for {@code WebClientRequestException}); the rest is lowered as
   * any condition is.
   */
  static <N> Condition failureTest(N expression, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    N tree = view.strip(expression);
    String operator = view.logicalOperator(tree);
    if (operator != null) {
      List<? extends N> operands = view.logicalOperands(tree);
      return switch (operator) {
        case "!" -> Condition.not(failureTest(operands.get(0), context));
        case "&&" ->
            Condition.and(
                failureTest(operands.get(0), context), failureTest(operands.get(1), context));
        default ->
            Condition.or(
                failureTest(operands.get(0), context), failureTest(operands.get(1), context));
      };
    }
    String type = view.instanceOfType(tree);
    Condition named = type == null ? null : ReactorRetrySpecs.failureType(type);
    return named != null ? named : context.conditionOf(tree);
  }

  /** The spec chain an expression ends with, or null when it is not one. */
  private static <N> @Nullable Spec<N> spec(N expression, CodeView<N> view) {
    N filter = null;
    N tree = view.strip(expression);
    while (tree != null && view.isCall(tree)) {
      if (BuilderChains.isStatic(tree, view, RETRY, FACTORIES)) {
        return new Spec<>(tree, filter);
      }
      List<? extends N> arguments = view.arguments(tree);
      if (filter == null && arguments.size() == 1 && isFilter(tree, view)) {
        filter = arguments.get(0);
      }
      N receiver = view.receiver(tree);
      tree = receiver == null ? null : view.strip(receiver);
    }
    return null;
  }

  /**
   * A spec passed by name or made by a same-class method: the initializer of a same-method local
   * variable or of a same-class field, or the value the method returns in its last statement.
   */
  private static <N> N followed(N argument, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    N tree = view.strip(argument);
    N initialiser = context.initialiserOf(tree);
    if (initialiser != null) {
      tree = view.strip(initialiser);
    }
    N returned = view.isCall(tree) ? returnedByHelper(tree, context) : null;
    return returned == null ? tree : view.strip(returned);
  }

  /**
   * The value that the same-class method a call calls returns in its last statement (a factory of
   * specs), or null.
   */
  private static <N> @Nullable N returnedByHelper(N call, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    ClassFacts.Helper<N> helper = context.helperCalled(call);
    N body = helper == null ? null : view.methodBody(helper.method());
    List<? extends N> statements = body == null ? List.of() : view.statementsOf(body);
    return statements.isEmpty() ? null : view.returnedValue(statements.get(statements.size() - 1));
  }

  /**
   * The reactor-extra chain ({@code reactor.retry.Retry.onlyIf(..)...}, {@code Repeat.onlyIf(..)})
   * that a spec is, or that a core {@code Retry.withThrowable(..)} adapts; null for any other.
   */
  private static <N> @Nullable N extraChain(N spec, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    if (view.isCall(spec)
        && BuilderChains.isStatic(spec, view, RETRY, "withThrowable")
        && view.arguments(spec).size() == 1) {
      return extraChain(followed(view.arguments(spec).get(0), context), context);
    }
    return ExtraRetries.isChain(spec, view) ? spec : null;
  }

  /**
   * Whether the method being lowered applies a retry operator itself (then its specs are judged
   * there).
   */
  private static <N> boolean appliesRetryWhen(LoweringContext<N> context) {
    // A spec in a field initializer is followed from the retryWhen calls of its class.
    CodeView<N> view = context.view();
    for (N call : view.callsIn(context.enclosingMethodOrClass())) {
      if (view.calledName(call).equals("retryWhen") && onPublisher(call, view)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the method being lowered makes a spec that a {@code retryWhen} of its class applies
   * ({@code retryWhen(spec())}): the spec is judged there.
   */
  @SuppressWarnings("ReferenceEquality") // identity on purpose: this very method
  private static <N> boolean madeForRetryWhen(LoweringContext<N> context) {
    CodeView<N> view = context.view();
    N method = context.enclosingMethodOrClass();
    N owner = view.enclosingClass(method);
    if (owner == null || view.methodName(method) == null) {
      return false;
    }
    for (N call : view.callsIn(owner)) {
      if (view.calledName(call).equals("retryWhen") && view.arguments(call).size() == 1) {
        N argument = view.strip(view.arguments(call).get(0));
        ClassFacts.Helper<N> helper = view.isCall(argument) ? context.helperCalled(argument) : null;
        if (helper != null && helper.method() == method) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The failures a {@code Retry.from} function re-subscribes for: the negation of the test that
   * leads to {@code Mono.error(..)} (an if or a conditional expression), or every failure when it
   * has none.
   */
  private static <N> Condition guard(N function, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    for (N conditional : view.conditionalsIn(function)) {
      if (signalsError(view.thenPart(conditional), view)) {
        return Condition.not(failureTest(view.condition(conditional), context));
      }
      N otherwise = view.isConditional(conditional) ? view.elsePart(conditional) : null;
      if (otherwise != null && signalsError(otherwise, view)) {
        return failureTest(view.condition(conditional), context);
      }
    }
    return Condition.TRUE;
  }

  /**
   * Whether a branch ends the retries with an error signal ({@code Mono.error}, {@code
   * Flux.error}).
   */
  private static <N> boolean signalsError(N branch, CodeView<N> view) {
    for (N call : view.callsIn(branch)) {
      if (view.calledName(call).equals("error")) {
        String owner = view.calledOwner(call);
        if (MONO.equals(owner) || FLUX.equals(owner)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The delay of a {@code Retry.from} function: RETRY_AFTER when it reads the Retry-After header
   * (itself or through a same-class helper), OWN when it delays otherwise, NONE when it
   * re-subscribes at once.
   */
  private static <N> Step.RetryDelay customDelay(N function, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    boolean retryAfter = false;
    boolean delays = false;
    for (N call : view.callsIn(function)) {
      retryAfter |= context.readsRetryAfterWithHelpers(call);
      delays |= view.calledName(call).startsWith("delay") || context.isSleepCall(call);
    }
    return retryAfter
        ? Step.RetryDelay.RETRY_AFTER
        : delays ? Step.RetryDelay.OWN : Step.RetryDelay.NONE;
  }
}
