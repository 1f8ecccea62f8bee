package dev.faultline.scanner.lowering;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import dev.faultline.analysis.library.RetryLibrary;
import dev.faultline.analysis.library.TypeFilteredRetry;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.recognisers.BuilderChains;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Spring Retry: {@code @Retryable} on a method (the method's body is the retried work) and the
 * {@code RetryTemplate.builder()} chain (the work is what {@code execute} runs in the same method).
 */
final class SpringRetryRetries {
  private static final String RETRYABLE = "org.springframework.retry.annotation.Retryable";
  private static final String RETRY_TEMPLATE = "org.springframework.retry.support.RetryTemplate";
  private static final Set<String> TEMPLATES = Set.of("org.springframework.retry.RetryOperations", RETRY_TEMPLATE);
  private static final String SIMPLE_RETRY_POLICY = "org.springframework.retry.policy.SimpleRetryPolicy";
  private static final String NO_BACK_OFF_POLICY = "org.springframework.retry.backoff.NoBackOffPolicy";

  private SpringRetryRetries() {}

  static List<Step> ofMethod(Node method, JavaParserLowering lowering) {
    Resolver resolver = lowering.context().resolver;
    AnnotationExpr retryable = RetryConfigSupport.annotation(method, RETRYABLE, resolver);
    BlockStmt body = ClassFacts.body(method);
    if (retryable == null || body == null || lowering.lowersRetriedWork()
        || RetryConfigSupport.written(retryable, "interceptor")) {
      return List.of();
    }
    Long maxAttempts = RetryConfigSupport.integerLiteral(RetryConfigSupport.attribute(retryable, "maxAttempts"));
    if (maxAttempts != null && maxAttempts <= 1) {
      return List.of();
    }
    boolean work = TypeFilteredRetry.failsOnHttpErrors(lowering.lowerRetriedWork(body));
    IntSet statuses = TypeFilteredRetry.statuses(
        RetryConfigSupport.classAttributes(retryable, resolver, "value", "include", "retryFor"),
        RetryConfigSupport.classAttributes(retryable, resolver, "exclude", "noRetryFor"), work);
    if (RetryConfigSupport.written(retryable, "exceptionExpression")) {
      statuses = TypeFilteredRetry.narrowedByUnknownFilter(statuses);
    }
    Step.RetryDelay delay = Step.RetryDelay.OWN;
    Expression backoff = RetryConfigSupport.attribute(retryable, "backoff");
    if ((backoff instanceof AnnotationExpr annotation && RetryConfigSupport.written(annotation, "delayExpression"))
        || RetryConfigSupport.written(retryable, "listeners")) {
      delay = Step.RetryDelay.RETRY_AFTER; // a bean the retry asks for the delay: cannot be read, so not judged
    }
    return TypeFilteredRetry.retries(new NodeAnchor(retryable), RetryLibrary.SPRING_RETRY, statuses, delay);
  }

  static Step ofCall(MethodCallExpr call, JavaParserLowering lowering) {
    if (lowering.lowersRetriedWork()) {
      return Step.NOTHING;
    }
    FileLowering context = lowering.context();
    Resolver resolver = context.resolver;
    if (RetryConfigSupport.templateCall(call, Set.of(RETRY_TEMPLATE), resolver, "setRetryPolicy")) {
      return ofSetRetryPolicy(call, lowering);
    }
    if (!call.getNameAsString().equals("build")) {
      return Step.NOTHING;
    }
    List<Node> chain = BuilderChains.links(call, lowering.view());
    if (!BuilderChains.isStatic(chain.get(0), lowering.view(), RETRY_TEMPLATE, "builder")) {
      return Step.NOTHING;
    }
    TypeFilteredRetry.Filter filter = new TypeFilteredRetry.Filter();
    Step.RetryDelay delay = Step.RetryDelay.NONE;
    for (Node link : chain.subList(1, chain.size() - 1)) {
      MethodCallExpr stage = (MethodCallExpr) link;
      Expression argument = stage.getArguments().isEmpty() ? null : stage.getArguments().get(0);
      switch (stage.getNameAsString()) {
        case "retryOn" -> {
          if (argument != null && Operands.strip(argument) instanceof LambdaExpr lambda) {
            filter.predicate(lowering.retryPredicate(lambda));
          } else {
            filter.include(RetryConfigSupport.classLiterals(argument, resolver));
          }
        }
        case "notRetryOn" -> filter.exclude(RetryConfigSupport.classLiterals(argument, resolver));
        case "maxAttempts" -> {
          Long attempts = RetryConfigSupport.integerLiteral(argument);
          if (attempts != null && attempts <= 1) {
            return Step.NOTHING;
          }
        }
        case "customPolicy" -> {
          if (!(argument != null && Operands.strip(argument) instanceof ObjectCreationExpr policy
              && TypeFilteredRetry.isUnfilteredPolicy(String.valueOf(resolver.resolveType(policy.getType()))))) {
            filter.narrowedByUnknown();
          }
        }
        case "fixedBackoff", "exponentialBackoff", "uniformRandomBackoff" -> delay = Step.RetryDelay.OWN;
        case "noBackoff" -> delay = Step.RetryDelay.NONE;
        case "customBackoff" -> delay = RetryConfigSupport.customDelay(argument, Step.RetryDelay.OWN, context);
        case "withListener", "withListeners" -> {
          if (RetryConfigSupport.customDelay(argument, delay, context) == Step.RetryDelay.RETRY_AFTER) {
            delay = Step.RetryDelay.RETRY_AFTER;
          }
        }
        default -> { }
      }
    }
    IntSet statuses = filter.statuses(RetryConfigSupport.executedWorkFailsOnHttpErrors(
        call, execute -> RetryConfigSupport.templateCall(execute, TEMPLATES, resolver, "execute"), lowering));
    return TypeFilteredRetry.retry(new NodeAnchor(call), RetryLibrary.SPRING_RETRY, statuses, delay);
  }

  /**
   * {@code template.setRetryPolicy(new SimpleRetryPolicy(n, Map.of(X.class, true, Y.class, false)))} on a
   * {@code new RetryTemplate()}, with the back-off of a {@code setBackOffPolicy} call in the same method (none: the
   * template re-sends at once).
   */
  private static Step ofSetRetryPolicy(MethodCallExpr call, JavaParserLowering lowering) {
    FileLowering context = lowering.context();
    Resolver resolver = context.resolver;
    if (call.getArguments().isEmpty() || !(Operands.strip(call.getArgument(0)) instanceof ObjectCreationExpr policy)
        || !SIMPLE_RETRY_POLICY.equals(resolver.resolveType(policy.getType()))
        || policy.getArguments().size() > 3) {
      return Step.NOTHING;
    }
    List<Expression> arguments = policy.getArguments();
    Long attempts = arguments.isEmpty() ? null : RetryConfigSupport.integerLiteral(arguments.get(0));
    if (attempts != null && attempts <= 1) {
      return Step.NOTHING;
    }
    TypeFilteredRetry.Filter filter = new TypeFilteredRetry.Filter();
    if (arguments.size() >= 2) {
      // The map's true entries are retried, its false entries not, and nothing else.
      if (!(Operands.strip(arguments.get(1)) instanceof MethodCallExpr map)
          || !map.getNameAsString().equals("of") || map.getArguments().isEmpty()) {
        return Step.NOTHING;
      }
      List<Expression> entries = map.getArguments();
      boolean anyRetried = false;
      for (int i = 0; i + 1 < entries.size(); i += 2) {
        List<String> types = RetryConfigSupport.classLiterals(entries.get(i), resolver);
        Boolean retried = RetryConfigSupport.booleanLiteral(entries.get(i + 1));
        if (retried == null || types.size() != 1) {
          return Step.NOTHING;
        }
        if (retried) {
          filter.include(types);
        } else {
          filter.exclude(types);
        }
        anyRetried |= retried;
      }
      if (!anyRetried) {
        return Step.NOTHING;
      }
    }
    Step.RetryDelay delay = Step.RetryDelay.NONE;
    for (MethodCallExpr setBackOff : RetryConfigSupport.callsInEnclosingMethod(call, candidate ->
        RetryConfigSupport.templateCall(candidate, Set.of(RETRY_TEMPLATE), resolver, "setBackOffPolicy"))) {
      Expression backOff = setBackOff.getArgument(0);
      delay = NO_BACK_OFF_POLICY.equals(backOffType(backOff, resolver))
          ? Step.RetryDelay.NONE
          : RetryConfigSupport.customDelay(backOff, Step.RetryDelay.OWN, context);
    }
    IntSet statuses = filter.statuses(RetryConfigSupport.executedWorkFailsOnHttpErrors(
        call, execute -> RetryConfigSupport.templateCall(execute, TEMPLATES, resolver, "execute"), lowering));
    return TypeFilteredRetry.retry(new NodeAnchor(call), RetryLibrary.SPRING_RETRY, statuses, delay);
  }

  private static @Nullable String backOffType(Expression backOff, Resolver resolver) {
    Expression tree = Operands.strip(backOff);
    return tree instanceof ObjectCreationExpr creation ? resolver.resolveType(creation.getType())
        : resolver.typeOf(tree);
  }
}
