package dev.faultline.errorprone.lowering;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import dev.faultline.analysis.library.HttpNames;
import dev.faultline.analysis.library.RetryHooks;
import dev.faultline.analysis.library.RetryLibrary;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.recognisers.ReturnConditions;
import java.util.ArrayList;
import java.util.List;

/**
 * OkHttp: an {@code Authenticator} answers a 401 (or a proxy's 407) with the request to send instead. Returning the
 * failed request again unchanged ({@code response.request()}, or a copy of it without a new header) re-sends the same
 * credentials, which fail the same way. An Interceptor's {@code chain.proceed} is a request of its own (see
 * {@link HttpCalls}), so an interceptor that re-sends is judged as hand-written code.
 */
final class OkHttpRetries {
  private OkHttpRetries() {}

  static List<Step> ofMethod(MethodTree method, JavacLowering lowering) {
    MethodSymbol symbol = ASTHelpers.getSymbol(method);
    if (symbol == null || method.getBody() == null || !symbol.getSimpleName().contentEquals("authenticate")
        || method.getParameters().size() != 2
        || !FeignRetries.ownerIs(symbol, RetryHooks.OKHTTP_AUTHENTICATOR, lowering.state())
        || refreshesCredentials(method)) {
      return List.of();
    }
    Symbol response = ASTHelpers.getSymbol(method.getParameters().get(1));
    List<com.sun.source.tree.Tree> unchanged = new ArrayList<>();
    Condition resent = ReturnConditions.of(method.getBody(), lowering,
        value -> {
          if (sameRequest((ExpressionTree) value, response)) {
            unchanged.add(value);
            return Condition.TRUE;
          }
          return Condition.FALSE;
        },
        value -> Condition.FALSE, Condition.FALSE);
    if (resent.equals(Condition.FALSE) || unchanged.isEmpty()) {
      return List.of();
    }
    return List.of(new Step.LibraryRetry(new TreeAnchor(unchanged.get(0)), RetryLibrary.OKHTTP,
        RetryHooks.OKHTTP_CHALLENGES, resent,
        Step.RetryDelay.NONE, false));
  }

  /** {@code response.request()}, possibly copied through {@code newBuilder()...build()} with nothing changed. */
  private static boolean sameRequest(ExpressionTree value, Symbol response) {
    ExpressionTree tree = JavacCodeView.strip(value);
    while (tree instanceof MethodInvocationTree call && ASTHelpers.getSymbol(call) != null) {
      String name = ASTHelpers.getSymbol(call).getSimpleName().toString();
      ExpressionTree receiver = ASTHelpers.getReceiver(call);
      if (name.equals("request") && call.getArguments().isEmpty() && receiver instanceof IdentifierTree identifier) {
        return response != null && response.equals(ASTHelpers.getSymbol(identifier));
      }
      if (!RetryHooks.OKHTTP_COPYING_CALLS.contains(name) || receiver == null) {
        return false;
      }
      tree = JavacCodeView.strip(receiver);
    }
    return false;
  }

  /** Whether the method asks for new credentials anywhere (a token refresh, a login). */
  private static boolean refreshesCredentials(MethodTree method) {
    boolean[] found = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        MethodSymbol callee = ASTHelpers.getSymbol(call);
        if (callee != null && HttpNames.namesCredentialRefresh(callee.getSimpleName().toString())) {
          found[0] = true;
        }
        return super.visitMethodInvocation(call, null);
      }
    }.scan(method.getBody(), null);
    return found[0];
  }
}
