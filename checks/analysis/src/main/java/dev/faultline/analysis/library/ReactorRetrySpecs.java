package dev.faultline.analysis.library;

import dev.faultline.analysis.model.Anchor;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.RetryLibrary;
import dev.faultline.analysis.model.Step;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What a Reactor retry configures, once a front end has read it: the factory that starts the spec
 * ({@code Retry.backoff}, {@code fixedDelay}, {@code max}, {@code maxInARow}, {@code indefinitely},
 * {@code from}, {@code withThrowable}; {@code retry} for the {@code retry()} / {@code retry(n)}
 * operators), the condition its filter (or the guard of a {@code Retry.from} function) puts on the
 * failure, and whether the retried publisher sends a request. Both front ends share this decision.
 */
public final class ReactorRetrySpecs {
  private ReactorRetrySpecs() {}

  /**
   * The library retry, or NOTHING. A filter that tells no HTTP failures apart is not judged;
   * without a filter every error is retried, which counts as HTTP failures only when the retried
   * publisher sends a request.
   *
   * @param customDelay the delay of a {@code Retry.from} / {@code withThrowable} function, asked
   *     only for those
   */
  public static Step libraryRetry(
      Anchor anchor,
      String factory,
      Condition retriedWhen,
      boolean publisherSends,
      Supplier<Step.RetryDelay> customDelay) {
    boolean filtered = !retriedWhen.equals(Condition.TRUE);
    if (filtered ? !namesHttpFailures(retriedWhen) : !publisherSends) {
      return Step.NOTHING;
    }
    Step.RetryDelay delay =
        switch (factory) {
          case "backoff" -> Step.RetryDelay.OWN;
          case "fixedDelay" -> Step.RetryDelay.FIXED;
          case "from", "withThrowable" -> customDelay.get();
          default -> Step.RetryDelay.NONE;
        };
    return new Step.LibraryRetry(
        anchor, RetryLibrary.REACTOR, HttpErrorTypes.ANY_FAILURE, retriedWhen, delay, false);
  }

  /** Whether a Retry.from / withThrowable function is one, by the factory's name. */
  public static boolean isCustom(String factory) {
    return factory.equals("from") || factory.equals("withThrowable");
  }

  /**
   * What {@code failure instanceof type} says in a filter: the statuses of an HTTP exception type,
   * or a transport failure ({@code WebClientRequestException}); null for any other type, the
   * catch-alls ({@code Exception}, {@code RuntimeException}, {@code Throwable}) included.
   */
  public static @Nullable Condition failureType(String type) {
    boolean known =
        !HttpErrorTypes.isCatchAll(type)
            && (HttpErrorTypes.carriesHttpStatus(type)
                || HttpErrorTypes.statuses(type)
                    .map(HttpErrorTypes.TRANSPORT::equals)
                    .orElse(false));
    return known ? new Condition.StatusIn(HttpErrorTypes.statuses(type).orElseThrow()) : null;
  }

  /**
   * Whether a predicate tells HTTP failures apart (it names an HTTP exception type or tests a
   * status).
   */
  static boolean namesHttpFailures(Condition condition) {
    if (condition instanceof Condition.StatusIn || condition instanceof Condition.ErrorCodeIn) {
      return true;
    }
    if (condition instanceof Condition.Not not) {
      return namesHttpFailures(not.operand());
    }
    if (condition instanceof Condition.And and) {
      return namesHttpFailures(and.left()) || namesHttpFailures(and.right());
    }
    return condition instanceof Condition.Or or
        && (namesHttpFailures(or.left()) || namesHttpFailures(or.right()));
  }
}
