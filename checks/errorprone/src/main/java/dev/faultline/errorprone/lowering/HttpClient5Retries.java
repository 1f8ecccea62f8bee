package dev.faultline.errorprone.lowering;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import dev.faultline.analysis.library.HttpErrorTypes;
import dev.faultline.analysis.library.RetryHooks;
import dev.faultline.analysis.library.RetryLibrary;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.FoldedConditions;
import dev.faultline.analysis.model.Step;
import java.util.List;

/**
 * Apache HttpClient 5: an {@code HttpRequestRetryStrategy} whose {@code retryRequest(HttpResponse, int,
 * HttpContext)} returns true re-sends the request after {@code getRetryInterval(HttpResponse, int, HttpContext)}.
 * The strategy is judged at its {@code retryRequest} method: the statuses for which it returns true, and whether the
 * interval comes from the response's Retry-After header.
 */
final class HttpClient5Retries {
  private HttpClient5Retries() {}

  private static final com.google.errorprone.suppliers.Supplier<com.sun.tools.javac.code.Type> RESPONSE_TYPE =
      VisitorState.memoize(state -> state.getTypeFromString(RetryHooks.HC5_RESPONSE));

  static List<Step> ofMethod(MethodTree method, JavacLowering lowering) {
    MethodSymbol symbol = ASTHelpers.getSymbol(method);
    VisitorState state = lowering.state();
    if (symbol == null || method.getBody() == null || !isResponseHook(symbol, "retryRequest", state)
        || !FeignRetries.ownerIs(symbol, RetryHooks.HC5_STRATEGY, state)) {
      return List.of();
    }
    Condition retried = ReturnConditions.of(method.getBody(), lowering,
        value -> superRetryRequest(value)
            ? new Condition.StatusIn(RetryHooks.HC5_DEFAULT_RETRIED) : lowering.conditionOf(value),
        value -> Condition.FALSE, Condition.UNKNOWN);
    if (!FoldedConditions.testsStatus(retried)) {
      return List.of();
    }
    return List.of(new Step.LibraryRetry(new TreeAnchor(method), RetryLibrary.APACHE_HTTPCLIENT5,
        HttpErrorTypes.ANY_HTTP_STATUS, retried, delay(symbol, state), false));
  }

  /** {@code retryRequest(HttpResponse, int, HttpContext)} or {@code getRetryInterval(HttpResponse, int, ...)}. */
  private static boolean isResponseHook(MethodSymbol symbol, String name, VisitorState state) {
    return symbol.getSimpleName().contentEquals(name) && symbol.getParameters().size() == 3
        && ASTHelpers.isSubtype(symbol.getParameters().get(0).type, RESPONSE_TYPE.get(state), state);
  }

  private static boolean superRetryRequest(ExpressionTree value) {
    return value instanceof MethodInvocationTree call && superCall(call, "retryRequest");
  }

  /**
   * The delay of the strategy's class: its own {@code getRetryInterval(HttpResponse, ...)}, which either reads
   * Retry-After (or asks DefaultHttpRequestRetryStrategy, which does) or not; the inherited one of
   * DefaultHttpRequestRetryStrategy reads it.
   */
  private static Step.RetryDelay delay(MethodSymbol retryRequest, VisitorState state) {
    ClassTree owner = state.findEnclosing(ClassTree.class);
    MethodTree interval = null;
    if (owner != null) {
      for (Tree member : owner.getMembers()) {
        if (member instanceof MethodTree candidate && ASTHelpers.getSymbol(candidate) != null
            && isResponseHook(ASTHelpers.getSymbol(candidate), "getRetryInterval", state)) {
          interval = candidate;
        }
      }
    }
    if (interval == null || interval.getBody() == null) {
      return FeignRetries.ownerIs(retryRequest, RetryHooks.HC5_DEFAULT_STRATEGY, state) ? Step.RetryDelay.RETRY_AFTER
          : Step.RetryDelay.OWN;
    }
    boolean[] retryAfter = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        if ((ASTHelpers.getSymbol(call) != null && HttpCalls.readsRetryAfter(call))
            || superCall(call, "getRetryInterval")) {
          retryAfter[0] = true;
        }
        return super.visitMethodInvocation(call, null);
      }
    }.scan(interval.getBody(), null);
    return retryAfter[0] ? Step.RetryDelay.RETRY_AFTER : Step.RetryDelay.OWN;
  }

  private static boolean superCall(MethodInvocationTree call, String name) {
    return call.getMethodSelect() instanceof MemberSelectTree select
        && select.getExpression() instanceof IdentifierTree receiver
        && receiver.getName().contentEquals("super")
        && select.getIdentifier().contentEquals(name);
  }
}
