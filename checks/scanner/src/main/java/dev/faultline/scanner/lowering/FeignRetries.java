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
import dev.faultline.analysis.library.RetryLibrary;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.Step;
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

  private static final String ERROR_DECODER = "feign.codec.ErrorDecoder";
  private static final String RETRYER = "feign.Retryer";
  private static final String RETRYABLE_EXCEPTION = "feign.RetryableException";
  private static final String RETRYER_DEFAULT = "feign.Retryer.Default";
  private static final String SPRING_BEAN = "org.springframework.context.annotation.Bean";

  /**
   * The longest Retry-After a rate limit of the supported APIs asks for in practice (Fatture in Cloud's example is
   * 60 seconds): a Retryer.Default whose maxPeriod is shorter re-sends before the limit is over.
   */
  private static final long MAX_PERIOD_THAT_WAITS_OUT_LIMITS = 60_000L;

  /** The statuses Feign hands to an error decoder: every response outside 2xx. */
  private static final IntSet DECODED_STATUSES = IntSet.range(300, 599);

  /** The statuses of the rate limits whose Retry-After makes Feign's default decoder create a RetryableException. */
  private static final IntSet RATE_LIMITED = IntSet.of(429, 503);

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
    if (name.equals("decode") && parameters == 2 && ownerIs(lowering, ERROR_DECODER)) {
      return decoderRetries(declaration.getBody().get(), lowering);
    }
    if (name.equals("continueOrPropagate") && parameters == 1 && ownerIs(lowering, RETRYER)) {
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
        .anyMatch(a -> SPRING_BEAN.equals(resolver.resolveTypeName(a.getNameAsString(), a)));
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
    if (!(Operands.strip(expression) instanceof ObjectCreationExpr creation) || creation.getArguments().size() != 3
        || !RETRYER_DEFAULT.equals(resolver.resolveType(creation.getType()))) {
      return Step.NOTHING;
    }
    Object maxPeriod = lowering.context().constants.value(Operands.strip(creation.getArgument(1)));
    if (!(maxPeriod instanceof Number millis) || millis.longValue() >= MAX_PERIOD_THAT_WAITS_OUT_LIMITS) {
      return Step.NOTHING;
    }
    return new Step.LibraryRetry(new NodeAnchor(creation), RetryLibrary.FEIGN, RATE_LIMITED,
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
          || !resolver.isSubtype(resolver.resolveType(exception.getType()), RETRYABLE_EXCEPTION)) {
        continue;
      }
      Function<Expression, Condition> isIt =
          value -> Nodes.same(value, exception) ? Condition.TRUE : Condition.FALSE;
      Condition resent = ReturnConditions.of(body, lowering, isIt, isIt, Condition.FALSE);
      if (resent.equals(Condition.FALSE)) {
        continue;
      }
      boolean fromRetryAfter = exception.getArguments().stream().anyMatch(lowering.operands()::isRetryAfterDerived);
      steps.add(new Step.LibraryRetry(new NodeAnchor(exception), RetryLibrary.FEIGN, DECODED_STATUSES, resent,
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
    return List.of(new Step.LibraryRetry(new NodeAnchor(method.getName()), RetryLibrary.FEIGN, RATE_LIMITED,
        new Condition.RetryAfterPresent(), Step.RetryDelay.OWN, false));
  }
}
