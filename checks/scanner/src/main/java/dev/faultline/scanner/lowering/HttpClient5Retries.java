package dev.faultline.scanner.lowering;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.SuperExpr;
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
 * The strategy is judged at its {@code retryRequest} method's name, as Error Prone reports a method. The same
 * recogniser as the Error Prone front end's.
 */
final class HttpClient5Retries {
  private HttpClient5Retries() {}

  static List<Step> ofMethod(Node method, JavaParserLowering lowering) {
    if (!(method instanceof MethodDeclaration declaration) || declaration.getBody().isEmpty()
        || !isResponseHook(declaration, "retryRequest", lowering)
        || !FeignRetries.ownerIs(lowering, RetryHooks.HC5_STRATEGY)) {
      return List.of();
    }
    Condition retried = ReturnConditions.of(declaration.getBody().get(), lowering,
        value -> superCall(value, "retryRequest")
            ? new Condition.StatusIn(RetryHooks.HC5_DEFAULT_RETRIED) : lowering.conditionOf(value),
        value -> Condition.FALSE, Condition.UNKNOWN);
    if (!FoldedConditions.testsStatus(retried)) {
      return List.of();
    }
    return List.of(new Step.LibraryRetry(new NodeAnchor(declaration.getName()), RetryLibrary.APACHE_HTTPCLIENT5,
        HttpErrorTypes.ANY_HTTP_STATUS, retried, delay(lowering), false));
  }

  /** {@code retryRequest(HttpResponse, int, HttpContext)} or {@code getRetryInterval(HttpResponse, int, ...)}. */
  private static boolean isResponseHook(MethodDeclaration method, String name, JavaParserLowering lowering) {
    return method.getNameAsString().equals(name) && method.getParameters().size() == 3
        && FeignRetries.parameterIs(method.getParameter(0), lowering, RetryHooks.HC5_RESPONSE);
  }

  private static boolean superCall(Expression value, String name) {
    return value instanceof MethodCallExpr call && call.getNameAsString().equals(name)
        && call.getScope().filter(SuperExpr.class::isInstance).isPresent();
  }

  /**
   * The delay of the strategy's class: its own {@code getRetryInterval(HttpResponse, ...)}, which either reads
   * Retry-After (or asks DefaultHttpRequestRetryStrategy, which does) or not; the inherited one of
   * DefaultHttpRequestRetryStrategy reads it.
   */
  private static Step.RetryDelay delay(JavaParserLowering lowering) {
    MethodDeclaration interval = null;
    for (Node member : SourceFile.members(lowering.enclosingClass())) {
      if (member instanceof MethodDeclaration candidate && isResponseHook(candidate, "getRetryInterval", lowering)) {
        interval = candidate;
      }
    }
    if (interval == null || interval.getBody().isEmpty()) {
      return FeignRetries.ownerIs(lowering, RetryHooks.HC5_DEFAULT_STRATEGY)
          ? Step.RetryDelay.RETRY_AFTER : Step.RetryDelay.OWN;
    }
    HttpCalls calls = lowering.context().calls;
    boolean retryAfter = interval.getBody().get().findAll(MethodCallExpr.class).stream()
        .anyMatch(call -> calls.readsRetryAfter(call) || superCall(call, "getRetryInterval"));
    return retryAfter ? Step.RetryDelay.RETRY_AFTER : Step.RetryDelay.OWN;
  }
}
