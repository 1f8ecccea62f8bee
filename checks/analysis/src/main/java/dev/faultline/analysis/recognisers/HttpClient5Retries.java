package dev.faultline.analysis.recognisers;

import dev.faultline.analysis.library.HttpErrorTypes;
import dev.faultline.analysis.library.RetryHooks;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.FoldedConditions;
import dev.faultline.analysis.model.RetryLibrary;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;
import java.util.List;

/**
 * Apache HttpClient 5: an {@code HttpRequestRetryStrategy} whose {@code retryRequest(HttpResponse,
 * int, HttpContext)} returns true re-sends the request after {@code getRetryInterval(HttpResponse,
 * int, HttpContext)}. The strategy is judged at its {@code retryRequest} method: the statuses for
 * which it returns true, and whether the interval comes from the response's Retry-After header.
 */
final class HttpClient5Retries implements RetryRecogniser {
  @Override
  public <N> List<Step> ofMethod(N method, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    N body = isResponseHook(method, "retryRequest", view) ? view.methodBody(method) : null;
    if (body == null || !view.declaredInSubtypeOf(method, RetryHooks.HC5_STRATEGY)) {
      return List.of();
    }
    Condition retried =
        ReturnConditions.of(
            body,
            context,
            value ->
                isSuperCall(value, "retryRequest", view)
                    ? new Condition.StatusIn(RetryHooks.HC5_DEFAULT_RETRIED)
                    : context.conditionOf(value),
            value -> Condition.FALSE,
            Condition.UNKNOWN);
    if (!FoldedConditions.testsStatus(retried)) {
      return List.of();
    }
    return List.of(
        new Step.LibraryRetry(
            view.nameAnchor(method),
            RetryLibrary.APACHE_HTTPCLIENT5,
            HttpErrorTypes.ANY_HTTP_STATUS,
            retried,
            delay(method, context),
            false));
  }

  /**
   * {@code retryRequest(HttpResponse, int, HttpContext)} or {@code getRetryInterval(HttpResponse,
   * int, ...)}.
   */
  private static <N> boolean isResponseHook(N method, String name, CodeView<N> view) {
    if (!name.equals(view.methodName(method))) {
      return false;
    }
    List<? extends N> parameters = view.parameters(method);
    return parameters.size() == 3
        && view.isSubtype(view.declaredType(parameters.get(0)), RetryHooks.HC5_RESPONSE);
  }

  private static <N> boolean isSuperCall(N value, String name, CodeView<N> view) {
    return view.isCall(value) && view.isSuperCall(value) && name.equals(view.calledName(value));
  }

  /**
   * The delay of the strategy's class: its own {@code getRetryInterval(HttpResponse, ...)}, which
   * either reads Retry-After (or asks DefaultHttpRequestRetryStrategy, which does) or not; the
   * inherited one of DefaultHttpRequestRetryStrategy reads it.
   */
  private static <N> Step.RetryDelay delay(N retryRequest, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    N interval = null;
    for (N candidate : view.methodsOfClass(retryRequest)) {
      if (isResponseHook(candidate, "getRetryInterval", view)) {
        interval = candidate;
      }
    }
    N body = interval == null ? null : view.methodBody(interval);
    if (body == null) {
      return view.declaredInSubtypeOf(retryRequest, RetryHooks.HC5_DEFAULT_STRATEGY)
          ? Step.RetryDelay.RETRY_AFTER
          : Step.RetryDelay.OWN;
    }
    for (N call : view.callsIn(body)) {
      if (context.readsRetryAfterCall(call) || isSuperCall(call, "getRetryInterval", view)) {
        return Step.RetryDelay.RETRY_AFTER;
      }
    }
    return Step.RetryDelay.OWN;
  }
}
