package dev.faultline.analysis.recognisers;

import dev.faultline.analysis.library.HttpErrorTypes;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.DelayGrowth;
import dev.faultline.analysis.model.FoldedConditions;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.RetryLibrary;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.values.Operands;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;
import java.util.List;

/**
 * A strategy class of Apache HttpClient whose {@code retryRequest(HttpResponse, int executionCount,
 * HttpContext)} returns true to re-send the request after the strategy's retry interval: HttpClient
 * 4's {@code ServiceUnavailableRetryStrategy}, HttpClient 5's {@code HttpRequestRetryStrategy}. The
 * strategy is judged at its {@code retryRequest} method: the statuses for which it returns true (a
 * {@code super.retryRequest} answering as the library's default strategy does), and the delay that
 * each version's recogniser reads from the strategy's interval.
 */
abstract class ResponseRetryStrategy implements RetryRecogniser {
  private final String strategyType;
  private final String responseType;
  private final IntSet defaultRetried;
  private final RetryLibrary library;

  /**
   * @param strategyType the strategy interface
   * @param responseType the type of {@code retryRequest}'s first parameter
   * @param defaultRetried the statuses the library's default strategy re-sends
   * @param library the library, as findings name it
   */
  ResponseRetryStrategy(
      String strategyType, String responseType, IntSet defaultRetried, RetryLibrary library) {
    this.strategyType = strategyType;
    this.responseType = responseType;
    this.defaultRetried = defaultRetried;
    this.library = library;
  }

  /** Where the strategy's wait comes from, given its {@code retryRequest} method. */
  abstract <N> Step.RetryDelay delay(N retryRequest, LoweringContext<N> context);

  @Override
  public <N> List<Step> ofMethod(N method, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    N body = isResponseHook(method, "retryRequest", view) ? view.methodBody(method) : null;
    if (body == null || !view.declaredInSubtypeOf(method, strategyType)) {
      return List.of();
    }
    Condition retried =
        ReturnConditions.of(
            body,
            context,
            value ->
                isSuperCall(value, "retryRequest", view)
                    ? new Condition.StatusIn(defaultRetried)
                    : context.conditionOf(value),
            value -> Condition.FALSE,
            Condition.UNKNOWN);
    if (!FoldedConditions.testsStatus(retried)) {
      return List.of();
    }
    return List.of(
        new Step.LibraryRetry(
            view.nameAnchor(method),
            library,
            HttpErrorTypes.ANY_HTTP_STATUS,
            retried,
            delay(method, context),
            false));
  }

  /**
   * A method {@code name(HttpResponse, int, ...)} of three parameters: {@code retryRequest}, or
   * HttpClient 5's {@code getRetryInterval}.
   */
  final <N> boolean isResponseHook(N method, String name, CodeView<N> view) {
    if (!name.equals(view.methodName(method))) {
      return false;
    }
    List<? extends N> parameters = view.parameters(method);
    return parameters.size() == 3
        && view.isSubtype(view.declaredType(parameters.get(0)), responseType);
  }

  /**
   * The delay of a strategy's own interval method: {@link Step.RetryDelay#FIXED} when every value
   * it returns is the same on every attempt (a constant, a field set once: {@code return
   * retryInterval;}), else {@link Step.RetryDelay#OWN}.
   */
  static <N> Step.RetryDelay ownInterval(N intervalMethod, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    N body = view.methodBody(intervalMethod);
    N owner = view.enclosingClass(intervalMethod);
    if (body == null || owner == null) {
      return Step.RetryDelay.OWN;
    }
    Operands<N> operands = Operands.of(intervalMethod, context.factsOf(owner), context);
    List<N> returned = operands.returnedValues(body);
    return !returned.isEmpty() && operands.delayGrowth(returned) == DelayGrowth.FIXED
        ? Step.RetryDelay.FIXED
        : Step.RetryDelay.OWN;
  }

  static <N> boolean isSuperCall(N value, String name, CodeView<N> view) {
    return view.isCall(value) && view.isSuperCall(value) && name.equals(view.calledName(value));
  }
}
