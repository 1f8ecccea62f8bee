package dev.faultline.scanner.lowering;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
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
 * {@link HttpCalls}). The same recogniser as the Error Prone front end's.
 */
final class OkHttpRetries {
  private OkHttpRetries() {}

  static List<Step> ofMethod(Node method, JavaParserLowering lowering) {
    if (!(method instanceof MethodDeclaration declaration) || declaration.getBody().isEmpty()
        || !declaration.getNameAsString().equals("authenticate") || declaration.getParameters().size() != 2
        || !FeignRetries.ownerIs(lowering, RetryHooks.OKHTTP_AUTHENTICATOR) || refreshesCredentials(declaration)) {
      return List.of();
    }
    Node response = declaration.getParameter(1);
    Resolver resolver = lowering.context().resolver;
    List<Node> unchanged = new ArrayList<>();
    Condition resent = ReturnConditions.of(declaration.getBody().get(), lowering,
        value -> {
          if (sameRequest((Expression) value, response, resolver)) {
            unchanged.add(value);
            return Condition.TRUE;
          }
          return Condition.FALSE;
        },
        value -> Condition.FALSE, Condition.FALSE);
    if (resent.equals(Condition.FALSE) || unchanged.isEmpty()) {
      return List.of();
    }
    return List.of(new Step.LibraryRetry(new NodeAnchor(unchanged.get(0)), RetryLibrary.OKHTTP,
        RetryHooks.OKHTTP_CHALLENGES, resent,
        Step.RetryDelay.NONE, false));
  }

  /** {@code response.request()}, possibly copied through {@code newBuilder()...build()} with nothing changed. */
  private static boolean sameRequest(Expression value, Node response, Resolver resolver) {
    Expression tree = JavaParserCodeView.strip(value);
    while (tree instanceof MethodCallExpr call) {
      String name = call.getNameAsString();
      Expression receiver = call.getScope().orElse(null);
      if (name.equals("request") && call.getArguments().isEmpty() && receiver instanceof NameExpr identifier) {
        return Nodes.same(resolver.declarationOf(identifier), response);
      }
      if (!RetryHooks.OKHTTP_COPYING_CALLS.contains(name) || receiver == null) {
        return false;
      }
      tree = JavaParserCodeView.strip(receiver);
    }
    return false;
  }

  /** Whether the method asks for new credentials anywhere (a token refresh, a login). */
  private static boolean refreshesCredentials(MethodDeclaration method) {
    return method.getBody().orElseThrow().findAll(MethodCallExpr.class).stream()
        .anyMatch(call -> HttpNames.namesCredentialRefresh(call.getNameAsString()));
  }
}
