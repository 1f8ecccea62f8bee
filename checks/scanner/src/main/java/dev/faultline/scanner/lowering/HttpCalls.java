package dev.faultline.scanner.lowering;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.faultline.analysis.catalogue.CallMeaning;
import dev.faultline.analysis.catalogue.HttpClientCatalogue;
import java.util.Optional;

/**
 * Forwarding to the shared {@link HttpClientCatalogue} for the retry recognisers that are not yet written over the
 * code view (Feign, Reactor, HttpClient 5, retry configurations, future stages); delete with their migration.
 */
final class HttpCalls {
  private final JavaParserCodeView view;

  HttpCalls(JavaParserCodeView view) {
    this.view = view;
  }

  /** The request a call sends, if it is one. */
  Optional<CallMeaning.Request> request(MethodCallExpr call) {
    return Optional.ofNullable(HttpClientCatalogue.request(view, call));
  }

  /** Waits whose every argument is (part of) the delay. */
  boolean sleep(Expression call) {
    return HttpClientCatalogue.waits(view, call, CallMeaning.Wait.SLEEP);
  }

  /** Whether an expression names the Retry-After header. */
  boolean isRetryAfterName(Expression expression) {
    return HttpClientCatalogue.namesRetryAfter(view, expression);
  }

  /** Whether a call reads the Retry-After header. */
  boolean readsRetryAfter(MethodCallExpr call) {
    return HttpClientCatalogue.readsRetryAfter(view, call);
  }
}
