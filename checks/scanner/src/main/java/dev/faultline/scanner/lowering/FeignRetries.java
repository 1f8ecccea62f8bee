package dev.faultline.scanner.lowering;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.faultline.analysis.library.RetryHooks;
import dev.faultline.analysis.library.RetryLibrary;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.recognisers.ReturnConditions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * OpenFeign: an {@code ErrorDecoder} that returns (or throws) a {@code RetryableException} makes Feign re-send the
 * request for the responses it decodes that way, after the Retryer's wait; a {@code Retryer} that sleeps an interval
 * of its own never waits for the Retry-After that Feign's default decoder puts on the exception. The same recogniser
 * as the Error Prone front end's.
 */
final class FeignRetries {
  private FeignRetries() {}

  static List<Step> ofMethod(Node method, JavaParserLowering lowering) {
    if (!(method instanceof MethodDeclaration declaration) || declaration.getBody().isEmpty()) {
      return List.of();
    }
    List<Step> bean = beanRetryer(declaration, lowering);
    if (!bean.isEmpty()) {
      return bean;
    }
    String name = declaration.getNameAsString();
    int parameters = declaration.getParameters().size();
    if (name.equals("decode") && parameters == 2 && ownerIs(lowering, RetryHooks.FEIGN_ERROR_DECODER)) {
      return decoderRetries(declaration.getBody().get(), lowering);
    }
    if (name.equals("continueOrPropagate") && parameters == 1 && ownerIs(lowering, RetryHooks.FEIGN_RETRYER)) {
      return retryerWait(declaration, lowering);
    }
    return List.of();
  }

  /**
   * {@code builder.retryer(new Retryer.Default(period, maxPeriod, maxAttempts))}: Retryer.Default waits for the
   * Retry-After time but never longer than {@code maxPeriod}, so a constant below a minute cuts a rate limit's
   * Retry-After short. Other calls: NOTHING.
   */
  static Step ofCall(MethodCallExpr call, JavaParserLowering lowering) {
    if (!call.getNameAsString().equals("retryer") || call.getArguments().size() != 1) {
      return Step.NOTHING;
    }
    return cappedDefault(call.getArgument(0), lowering);
  }

  /** A @Bean method that returns a capped Retryer.Default. */
  private static List<Step> beanRetryer(MethodDeclaration method, JavaParserLowering lowering) {
    Resolver resolver = lowering.context().resolver;
    boolean bean = method.getAnnotations().stream()
        .anyMatch(a -> RetryHooks.SPRING_BEAN.equals(resolver.resolveTypeName(a.getNameAsString(), a)));
    if (!bean) {
      return List.of();
    }
    List<Step> steps = new ArrayList<>();
    for (Statement statement : method.getBody().orElseThrow().getStatements()) {
      if (statement instanceof ReturnStmt returned && returned.getExpression().isPresent()) {
        Step capped = cappedDefault(returned.getExpression().get(), lowering);
        if (!capped.equals(Step.NOTHING)) {
          steps.add(capped);
        }
      }
    }
    return steps;
  }

  private static Step cappedDefault(Expression expression, JavaParserLowering lowering) {
    Resolver resolver = lowering.context().resolver;
    if (!(JavaParserCodeView.strip(expression) instanceof ObjectCreationExpr creation) || creation.getArguments().size() != 3
        || !RetryHooks.FEIGN_RETRYER_DEFAULT.equals(resolver.resolveType(creation.getType()))) {
      return Step.NOTHING;
    }
    Object maxPeriod = lowering.context().constants.value(JavaParserCodeView.strip(creation.getArgument(1)));
    if (!(maxPeriod instanceof Number millis)
        || millis.longValue() >= RetryHooks.FEIGN_MAX_PERIOD_THAT_WAITS_OUT_LIMITS) {
      return Step.NOTHING;
    }
    return new Step.LibraryRetry(new NodeAnchor(creation), RetryLibrary.FEIGN, RetryHooks.FEIGN_RATE_LIMITED,
        new Condition.RetryAfterPresent(), Step.RetryDelay.OWN, false);
  }

  static boolean ownerIs(JavaParserLowering lowering, String type) {
    Resolver resolver = lowering.context().resolver;
    return resolver.isSubtype(resolver.classType(lowering.enclosingClass()), type);
  }

  /** Whether a parameter's declared type is {@code type} or a subtype of it. */
  static boolean parameterIs(Parameter parameter, JavaParserLowering lowering, String type) {
    Resolver resolver = lowering.context().resolver;
    return resolver.isSubtype(resolver.resolveType(parameter.getType()), type);
  }

  /** Whether a node runs as part of the method itself, not in a lambda or a class declared in it. */
  static boolean inMethodItself(Node node, Node body) {
    for (Node current = node.getParentNode().orElse(null); current != null && !Nodes.same(current, body);
        current = current.getParentNode().orElse(null)) {
      if (current instanceof LambdaExpr || current instanceof LocalClassDeclarationStmt
          || current instanceof LocalRecordDeclarationStmt
          || (current instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent())) {
        return false;
      }
    }
    return true;
  }

  /** One library retry per RetryableException the decoder creates, under the condition that it is the result. */
  private static List<Step> decoderRetries(BlockStmt body, JavaParserLowering lowering) {
    Resolver resolver = lowering.context().resolver;
    List<Step> steps = new ArrayList<>();
    for (ObjectCreationExpr exception : body.findAll(ObjectCreationExpr.class)) {
      if (!inMethodItself(exception, body)
          || !resolver.isSubtype(resolver.resolveType(exception.getType()), RetryHooks.FEIGN_RETRYABLE_EXCEPTION)) {
        continue;
      }
      Function<Node, Condition> isIt =
          value -> Nodes.same(value, exception) ? Condition.TRUE : Condition.FALSE;
      Condition resent = ReturnConditions.of(body, lowering, isIt, isIt, Condition.FALSE);
      if (resent.equals(Condition.FALSE)) {
        continue;
      }
      boolean fromRetryAfter = exception.getArguments().stream().anyMatch(lowering.operands()::isRetryAfterDerived);
      steps.add(new Step.LibraryRetry(new NodeAnchor(exception), RetryLibrary.FEIGN,
          RetryHooks.FEIGN_DECODED_STATUSES, resent,
          fromRetryAfter ? Step.RetryDelay.RETRY_AFTER : Step.RetryDelay.OWN, false));
    }
    return steps;
  }

  /** A Retryer that sleeps without asking the exception for its Retry-After time. */
  private static List<Step> retryerWait(MethodDeclaration method, JavaParserLowering lowering) {
    HttpCalls calls = lowering.context().calls;
    boolean sleeps = false;
    boolean readsRetryAfter = false;
    for (MethodCallExpr call : method.getBody().orElseThrow().findAll(MethodCallExpr.class)) {
      readsRetryAfter |= calls.readsRetryAfter(call)
          || call.getArguments().stream().anyMatch(lowering.operands()::isRetryAfterDerived);
      sleeps |= calls.sleep(call);
    }
    if (!sleeps || readsRetryAfter) {
      return List.of();
    }
    return List.of(new Step.LibraryRetry(new NodeAnchor(method.getName()), RetryLibrary.FEIGN,
        RetryHooks.FEIGN_RATE_LIMITED,
        new Condition.RetryAfterPresent(), Step.RetryDelay.OWN, false));
  }
}
