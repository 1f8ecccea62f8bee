package dev.faultline.analysis.recognisers;

import dev.faultline.analysis.library.HttpErrorTypes;
import dev.faultline.analysis.library.ReactorRetrySpecs;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * reactor-extra's retry and repeat chains ({@code io.projectreactor.addons:reactor-extra}), as
 * {@link ReactorRetries} finds them applied: {@code reactor.retry.Retry.onlyIf(predicate)}, {@code
 * anyOf(types)}, {@code allBut(types)}, {@code any()}, and {@code reactor.retry.Repeat.onlyIf} /
 * {@code create}, with their back-off links ({@code fixedBackoff}, {@code exponentialBackoff},
 * {@code exponentialBackoffWithJitter}, {@code randomBackoff}: a delay of their own; {@code
 * backoff(function)}: from Retry-After when the function reads it). The failures retried are those
 * the predicate (on {@code ctx.exception()}) or the types accept, judged as a core spec's filter.
 */
final class ExtraRetries {
  private static final String RETRY = "reactor.retry.Retry";
  private static final String REPEAT = "reactor.retry.Repeat";
  private static final String BACKOFF = "reactor.retry.Backoff";

  private ExtraRetries() {}

  /** Whether an expression is a reactor-extra retry or repeat chain. */
  static <N> boolean isChain(N expression, CodeView<N> view) {
    return factory(expression, view) != null;
  }

  /** The static call that starts a reactor-extra chain, or null. */
  private static <N> @Nullable N factory(N expression, CodeView<N> view) {
    if (!view.isCall(expression)) {
      return null;
    }
    N first = BuilderChains.links(expression, view).get(0);
    return BuilderChains.isStatic(first, view, RETRY, "onlyIf", "anyOf", "allBut", "any")
            || BuilderChains.isStatic(first, view, REPEAT, "onlyIf", "create")
        ? first
        : null;
  }

  /** The retry a reactor-extra chain configures, anchored at the operator that applies it. */
  static <N> Step judge(N anchor, N chain, boolean publisherSends, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    N factory = Objects.requireNonNull(factory(chain, view));
    List<? extends N> arguments = view.arguments(factory);
    Condition retriedWhen =
        switch (view.calledName(factory)) {
          case "onlyIf", "create" ->
              arguments.isEmpty() ? Condition.UNKNOWN : predicate(arguments.get(0), context);
          case "anyOf" -> typed(arguments, view, false);
          case "allBut" -> typed(arguments, view, true);
          default -> Condition.TRUE;
        };
    if (retriedWhen.equals(Condition.UNKNOWN)
        || (!publisherSends && view.calledName(factory).equals("allBut"))) {
      return Step.NOTHING;
    }
    Step.RetryDelay delay = delay(chain, context);
    return ReactorRetrySpecs.libraryRetry(
        view.anchor(anchor), "from", retriedWhen, publisherSends, () -> delay);
  }

  /**
   * What an {@code onlyIf} predicate accepts: its lambda (given as it is, or held in a local
   * variable or a field), read as a core filter is, or the statuses given to an out-of-sight
   * factory named after them ({@code onlyIf(ClientError.isStatusCode(500, 503))}); UNKNOWN for
   * anything else (a predicate made by another method, of this class or another).
   */
  private static <N> Condition predicate(N argument, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    N tree = view.strip(argument);
    N initialiser = context.initialiserOf(tree);
    N lambda = initialiser == null ? tree : view.strip(initialiser);
    if (!view.isLambda(lambda)) {
      return Objects.requireNonNullElse(
          BuilderChains.predicate(lambda, context, null, 0), Condition.UNKNOWN);
    }
    N test = view.lambdaExpressionBody(lambda);
    return test != null
        ? ReactorRetries.failureTest(test, context)
        : Objects.requireNonNullElse(context.lambdaCondition(lambda, null, 0), Condition.UNKNOWN);
  }

  /**
   * The failures of {@code anyOf(types)} ({@code excluded} false) or {@code allBut(types)} ({@code
   * excluded} true). anyOf: every failure when a type is a catch-all, else those of the HTTP
   * exception types named (the application's own types stand for no HTTP failure). allBut: every
   * failure but those of the HTTP exception types named, none when a type is a catch-all; UNKNOWN
   * when a type is the application's own (it may wrap HTTP failures).
   */
  private static <N> Condition typed(
      List<? extends N> arguments, CodeView<N> view, boolean excluded) {
    List<String> types = BuilderChains.classLiterals(arguments, view);
    if (types == null) {
      return Condition.UNKNOWN;
    }
    Condition accepted = excluded ? Condition.TRUE : Condition.FALSE;
    for (String type : types) {
      if (HttpErrorTypes.isCatchAll(type)) {
        return excluded ? Condition.FALSE : Condition.TRUE;
      }
      Condition named = ReactorRetrySpecs.failureType(type);
      if (named == null && excluded) {
        return Condition.UNKNOWN;
      }
      if (named != null) {
        accepted =
            excluded
                ? Condition.and(accepted, Condition.not(named))
                : Condition.or(accepted, named);
      }
    }
    return accepted;
  }

  /**
   * The delay of a chain: the last back-off link wins; none without one. A {@code backoff(..)}
   * given a lambda that reads Retry-After (from the context's exception) takes its delay from it;
   * one given a {@code Backoff} factory has its own; any other is not known, and taken to honour
   * the header so as not to report it.
   */
  private static <N> Step.RetryDelay delay(N chain, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    Step.RetryDelay delay = Step.RetryDelay.NONE;
    for (N link : BuilderChains.links(chain, view)) {
      switch (view.calledName(link)) {
        case "fixedBackoff",
            "exponentialBackoff",
            "exponentialBackoffWithJitter",
            "randomBackoff" ->
            delay = Step.RetryDelay.OWN;
        case "noBackoff" -> delay = Step.RetryDelay.NONE;
        case "backoff" -> {
          List<? extends N> arguments = view.arguments(link);
          N argument = arguments.size() == 1 ? view.strip(arguments.get(0)) : null;
          delay =
              argument != null
                      && view.isCall(argument)
                      && view.isStaticCall(argument)
                      && BACKOFF.equals(view.calledOwner(argument))
                  ? Step.RetryDelay.OWN
                  : argument == null
                      ? Step.RetryDelay.RETRY_AFTER
                      : BuilderChains.delayFunction(argument, context);
        }
        default -> {}
      }
    }
    return delay;
  }
}
