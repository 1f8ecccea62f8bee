package dev.faultline.analysis.recognisers;

import dev.faultline.analysis.library.RetryHooks;
import dev.faultline.analysis.model.RetryLibrary;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;

/**
 * Apache HttpClient 5: an {@code HttpRequestRetryStrategy} whose {@code retryRequest(HttpResponse,
 * int, HttpContext)} returns true re-sends the request after {@code getRetryInterval(HttpResponse,
 * int, HttpContext)}. The strategy is judged at its {@code retryRequest} method: the statuses for
 * which it returns true, and whether the interval comes from the response's Retry-After header.
 */
final class HttpClient5Retries extends ResponseRetryStrategy {
  HttpClient5Retries() {
    super(
        RetryHooks.HC5_STRATEGY,
        RetryHooks.HC5_RESPONSE,
        RetryHooks.HC5_DEFAULT_RETRIED,
        RetryLibrary.APACHE_HTTPCLIENT5);
  }

  /**
   * The delay of the strategy's class: its own {@code getRetryInterval(HttpResponse, ...)}, which
   * either reads Retry-After (or asks DefaultHttpRequestRetryStrategy, which does) or not; the
   * inherited one of DefaultHttpRequestRetryStrategy reads it.
   */
  @Override
  <N> Step.RetryDelay delay(N retryRequest, LoweringContext<N> context) {
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
    return ownInterval(interval, context);
  }
}
