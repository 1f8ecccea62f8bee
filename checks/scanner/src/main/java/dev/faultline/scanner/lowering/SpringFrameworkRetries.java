package dev.faultline.scanner.lowering;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import dev.faultline.analysis.library.RetryLibrary;
import dev.faultline.analysis.library.TypeFilteredRetry;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.recognisers.BuilderChains;
import java.util.List;
import java.util.Set;

/**
 * Spring Framework 7's own retry: {@code @Retryable} of {@code org.springframework.resilience.annotation} on a method
 * (the method's body is the retried work), and {@code RetryPolicy.builder()...build()},
 * {@code RetryPolicy.withDefaults()} / {@code withMaxRetries(n)} (the work is what a {@code RetryTemplate} runs in
 * the same method).
 */
final class SpringFrameworkRetries {
  private static final String RETRYABLE = "org.springframework.resilience.annotation.Retryable";
  private static final String RETRY_POLICY = "org.springframework.core.retry.RetryPolicy";
  private static final Set<String> TEMPLATES =
      Set.of("org.springframework.core.retry.RetryOperations", "org.springframework.core.retry.RetryTemplate");

  private SpringFrameworkRetries() {}

  static List<Step> ofMethod(Node method, JavaParserLowering lowering) {
    Resolver resolver = lowering.context().resolver;
    AnnotationExpr retryable = RetryConfigSupport.annotation(method, RETRYABLE, resolver);
    BlockStmt body = ClassFacts.body(method);
    if (retryable == null || body == null || lowering.lowersRetriedWork()) {
      return List.of();
    }
    Long maxRetries = RetryConfigSupport.integerLiteral(RetryConfigSupport.attribute(retryable, "maxRetries"));
    if (maxRetries != null && maxRetries <= 0) {
      return List.of();
    }
    boolean work = TypeFilteredRetry.failsOnHttpErrors(lowering.lowerRetriedWork(body));
    Condition predicate = Condition.TRUE;
    if (RetryConfigSupport.written(retryable, "predicate")) {
      Node shouldRetry = RetryConfigSupport.declaredMethod(
          RetryConfigSupport.attribute(retryable, "predicate"), "shouldRetry", lowering.context());
      predicate = shouldRetry == null ? Condition.UNKNOWN : lowering.retryPredicate(shouldRetry);
    }
    IntSet statuses = TypeFilteredRetry.statuses(
        RetryConfigSupport.classAttributes(retryable, resolver, "value", "includes"),
        RetryConfigSupport.classAttributes(retryable, resolver, "excludes"), work, predicate);
    // The delay is 1 s by default, a back-off with multiplier / maxDelay / jitter: never the Retry-After time.
    return TypeFilteredRetry.retries(
        new NodeAnchor(retryable), RetryLibrary.SPRING_FRAMEWORK_RETRY, statuses, Step.RetryDelay.OWN);
  }

  static Step ofCall(MethodCallExpr call, JavaParserLowering lowering) {
    if (lowering.lowersRetriedWork()) {
      return Step.NOTHING;
    }
    FileLowering context = lowering.context();
    Resolver resolver = context.resolver;
    if (BuilderChains.isStatic(call, lowering.view(), RETRY_POLICY, "withDefaults", "withMaxRetries")) {
      Long maxRetries = call.getArguments().isEmpty() ? null
          : RetryConfigSupport.integerLiteral(call.getArguments().get(0));
      if (maxRetries != null && maxRetries <= 0) {
        return Step.NOTHING;
      }
      boolean work = RetryConfigSupport.executedWorkFailsOnHttpErrors(call, execute(resolver), lowering);
      return TypeFilteredRetry.retry(new NodeAnchor(call), RetryLibrary.SPRING_FRAMEWORK_RETRY,
          TypeFilteredRetry.statuses(List.of(), List.of(), work), Step.RetryDelay.OWN);
    }
    if (!call.getNameAsString().equals("build")) {
      return Step.NOTHING;
    }
    List<Node> chain = BuilderChains.links(call, lowering.view());
    if (!BuilderChains.isStatic(chain.get(0), lowering.view(), RETRY_POLICY, "builder")) {
      return Step.NOTHING;
    }
    TypeFilteredRetry.Filter filter = new TypeFilteredRetry.Filter();
    Step.RetryDelay delay = Step.RetryDelay.OWN;
    for (Node link : chain.subList(1, chain.size() - 1)) {
      MethodCallExpr stage = (MethodCallExpr) link;
      Expression argument = stage.getArguments().isEmpty() ? null : stage.getArguments().get(0);
      switch (stage.getNameAsString()) {
        case "includes" -> filter.include(RetryConfigSupport.classLiterals(stage.getArguments(), resolver));
        case "excludes" -> filter.exclude(RetryConfigSupport.classLiterals(stage.getArguments(), resolver));
        case "predicate" -> filter.predicate(argument != null && Operands.strip(argument) instanceof LambdaExpr lambda
            ? lowering.retryPredicate(lambda) : Condition.UNKNOWN);
        case "maxRetries" -> {
          Long retries = RetryConfigSupport.integerLiteral(argument);
          if (retries != null && retries <= 0) {
            return Step.NOTHING;
          }
        }
        case "backOff" -> delay = RetryConfigSupport.customDelay(argument, Step.RetryDelay.OWN, context);
        default -> { }
      }
    }
    IntSet statuses = filter.statuses(
        RetryConfigSupport.executedWorkFailsOnHttpErrors(call, execute(resolver), lowering));
    return TypeFilteredRetry.retry(new NodeAnchor(call), RetryLibrary.SPRING_FRAMEWORK_RETRY, statuses, delay);
  }

  private static java.util.function.Predicate<MethodCallExpr> execute(Resolver resolver) {
    return call -> RetryConfigSupport.templateCall(call, TEMPLATES, resolver, "execute", "invoke");
  }
}
