package dev.faultline.analysis.recognisers;

import dev.faultline.analysis.library.HttpNames;
import dev.faultline.analysis.library.RetryHooks;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.RetryLibrary;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;
import java.util.ArrayList;
import java.util.List;

/**
 * OkHttp: an {@code Authenticator} answers a 401 (or a proxy's 407) with the request to send
 * instead. Returning the failed request again unchanged ({@code response.request()}, or a copy of
 * it without a new header) re-sends the same credentials, which fail the same way. An Interceptor's
 * {@code chain.proceed} is a request of its own (the front ends' HTTP call catalogues), so an
 * interceptor that re-sends is judged as hand-written code.
 */
final class OkHttpRetries implements RetryRecogniser {
  @Override
  public <N> List<Step> ofMethod(N method, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    if (!"authenticate".equals(view.methodName(method))) {
      return List.of();
    }
    N body = view.methodBody(method);
    List<? extends N> parameters = view.parameters(method);
    if (body == null
        || parameters.size() != 2
        || !view.declaredInSubtypeOf(method, RetryHooks.OKHTTP_AUTHENTICATOR)
        || refreshesCredentials(body, view)) {
      return List.of();
    }
    N response = parameters.get(1);
    List<N> unchanged = new ArrayList<>();
    Condition resent =
        ReturnConditions.of(
            body,
            context,
            value -> {
              if (sameRequest(value, response, view)) {
                unchanged.add(value);
                return Condition.TRUE;
              }
              return Condition.FALSE;
            },
            value -> Condition.FALSE,
            Condition.FALSE);
    if (resent.equals(Condition.FALSE) || unchanged.isEmpty()) {
      return List.of();
    }
    return List.of(
        new Step.LibraryRetry(
            view.anchor(unchanged.get(0)),
            RetryLibrary.OKHTTP,
            RetryHooks.OKHTTP_CHALLENGES,
            resent,
            Step.RetryDelay.NONE,
            false));
  }

  /**
   * {@code response.request()}, possibly copied through {@code newBuilder()...build()} with nothing
   * changed.
   */
  private static <N> boolean sameRequest(N value, N response, CodeView<N> view) {
    N tree = view.strip(value);
    while (view.isCall(tree)) {
      String name = view.calledName(tree);
      N receiver = view.receiver(tree);
      if (name.equals("request") && view.arguments(tree).isEmpty() && receiver != null) {
        return view.refersTo(receiver, response);
      }
      if (!RetryHooks.OKHTTP_COPYING_CALLS.contains(name) || receiver == null) {
        return false;
      }
      tree = view.strip(receiver);
    }
    return false;
  }

  /** Whether the method asks for new credentials anywhere (a token refresh, a login). */
  private static <N> boolean refreshesCredentials(N body, CodeView<N> view) {
    for (N call : view.callsIn(body)) {
      if (HttpNames.namesCredentialRefresh(view.calledName(call))) {
        return true;
      }
    }
    return false;
  }
}
