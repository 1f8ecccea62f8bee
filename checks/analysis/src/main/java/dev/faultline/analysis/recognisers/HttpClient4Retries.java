package dev.faultline.analysis.recognisers;

import dev.faultline.analysis.library.HttpErrorTypes;
import dev.faultline.analysis.library.RetryHooks;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.RetryLibrary;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;
import java.util.List;

/**
 * Apache HttpClient 4: a {@code ServiceUnavailableRetryStrategy} whose {@code
 * retryRequest(HttpResponse, int, HttpContext)} returns true re-sends the request after {@code
 * getRetryInterval()}, which sees no response: its wait comes from Retry-After only when the class
 * reads the header (retryRequest keeping it for the interval). {@code
 * DefaultServiceUnavailableRetryStrategy} re-sends a 503 after a fixed interval; a client built
 * with {@code setServiceUnavailableRetryStrategy(new DefaultServiceUnavailableRetryStrategy(...))}
 * (or a subclass declared in the file that keeps its retryRequest) is judged at the creation.
 * {@code HttpRequestRetryHandler} re-sends after I/O failures only, never for a status: it is not a
 * retry of HTTP errors.
 */
final class HttpClient4Retries extends ResponseRetryStrategy {
  HttpClient4Retries() {
    super(
        RetryHooks.HC4_STRATEGY,
        RetryHooks.HC4_RESPONSE,
        RetryHooks.HC4_DEFAULT_RETRIED,
        RetryLibrary.APACHE_HTTPCLIENT4);
  }

  @Override
  <N> Step.RetryDelay delay(N retryRequest, LoweringContext<N> context) {
    return delayOf(context.view().methodsOfClass(retryRequest), context);
  }

  /**
   * The delay of a strategy class with these methods: Retry-After when one of them reads the
   * header, else the class's own interval (DefaultServiceUnavailableRetryStrategy's is fixed).
   */
  private static <N> Step.RetryDelay delayOf(List<N> methods, LoweringContext<N> context) {
    N interval = null;
    for (N method : methods) {
      N body = context.view().methodBody(method);
      if (body != null && context.classReadsRetryAfter(body)) {
        return Step.RetryDelay.RETRY_AFTER;
      }
      if ("getRetryInterval".equals(context.view().methodName(method))) {
        interval = method;
      }
    }
    return interval == null ? Step.RetryDelay.OWN : ownInterval(interval, context);
  }

  /**
   * {@code builder.setServiceUnavailableRetryStrategy(new DefaultServiceUnavailableRetryStrategy(
   * ...))}, directly or through a variable: a re-send of every 503 after the fixed interval. A
   * subclass declared in the file is judged here only when it keeps the inherited retryRequest (one
   * of its own is judged where it is declared); an anonymous subclass is not judged.
   */
  @Override
  public <N> Step ofCall(N call, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    List<? extends N> arguments = view.arguments(call);
    if (!view.calledName(call).equals(RetryHooks.HC4_SET_STRATEGY) || arguments.size() != 1) {
      return Step.NOTHING;
    }
    N strategy = view.strip(arguments.get(0));
    if (view.isName(strategy)) {
      N initialiser = context.initialiserOf(strategy);
      strategy = initialiser == null ? strategy : view.strip(initialiser);
    }
    String type = view.createdType(strategy);
    if (type == null
        || view.createsAnonymousClass(strategy)
        || !view.isSubtype(type, RetryHooks.HC4_DEFAULT_STRATEGY)) {
      return Step.NOTHING;
    }
    // DefaultServiceUnavailableRetryStrategy waits the interval it was created with every time.
    Step.RetryDelay delay = Step.RetryDelay.FIXED;
    if (!type.equals(RetryHooks.HC4_DEFAULT_STRATEGY)) {
      N declared = view.declaredClass(type);
      if (declared == null) {
        return Step.NOTHING;
      }
      List<N> methods = view.methodsOf(declared);
      for (N method : methods) {
        if (isResponseHook(method, "retryRequest", view)) {
          return Step.NOTHING;
        }
      }
      delay = delayOf(methods, context);
    }
    return new Step.LibraryRetry(
        view.anchor(strategy),
        RetryLibrary.APACHE_HTTPCLIENT4,
        HttpErrorTypes.ANY_HTTP_STATUS,
        new Condition.StatusIn(RetryHooks.HC4_DEFAULT_RETRIED),
        delay,
        false);
  }
}
