package dev.faultline.errorprone.lowering;

import com.google.errorprone.VisitorState;
import com.google.errorprone.matchers.Matcher;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import dev.faultline.analysis.catalogue.CallMeaning;
import dev.faultline.analysis.catalogue.HttpClientCatalogue;
import java.util.Optional;

/**
 * Forwarding to the shared {@link HttpClientCatalogue} for the retry recognisers that are not yet written over the
 * code view (Feign, Reactor, HttpClient 5, retry configurations, future stages); delete with their migration.
 */
final class HttpCalls {
  private HttpCalls() {}

  /** A view for questions about symbols only (names, arguments, constants, fields), which need no state. */
  private static final JavacCodeView SYMBOLS = new JavacCodeView(null);

  /** The request a call sends, if it is one. */
  static Optional<CallMeaning.Request> request(ExpressionTree call, VisitorState state) {
    return Optional.ofNullable(HttpClientCatalogue.request(new JavacCodeView(state), call));
  }

  /** Waits whose every argument is (part of) the delay. */
  static final Matcher<ExpressionTree> SLEEP = (tree, state) ->
      HttpClientCatalogue.waits(new JavacCodeView(state), tree, CallMeaning.Wait.SLEEP);

  /** Whether an expression names the Retry-After header. */
  static boolean isRetryAfterName(ExpressionTree expression) {
    return HttpClientCatalogue.namesRetryAfter(SYMBOLS, expression);
  }

  /** Whether a call reads the Retry-After header. */
  static boolean readsRetryAfter(MethodInvocationTree call) {
    return HttpClientCatalogue.readsRetryAfter(SYMBOLS, call);
  }
}
