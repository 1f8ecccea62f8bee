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
import java.util.List;
import java.util.Set;

/**
 * Spring Retry: {@code @Retryable} on a method (the method's body is the retried work) and the
 * {@code RetryTemplate.builder()} chain (the work is what {@code execute} runs in the same method).
 */
final class SpringRetryRetries {
  private static final String RETRYABLE = "org.springframework.retry.annotation.Retryable";
  private static final String RETRY_TEMPLATE = "org.springframework.retry.support.RetryTemplate";
  private static final Set<String> TEMPLATES = Set.of("org.springframework.retry.RetryOperations", RETRY_TEMPLATE);
  /** Retry policies of the library that count attempts or time and let every exception through. */
  private static final Set<String> UNFILTERED_POLICIES = Set.of(
      "org.springframework.retry.policy.MaxAttemptsRetryPolicy",
      "org.springframework.retry.policy.TimeoutRetryPolicy",
      "org.springframework.retry.policy.AlwaysRetryPolicy");

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
    if (lowering.lowersRetriedWork() || !call.getNameAsString().equals("build")) {
      return Step.NOTHING;
    }
    FileLowering context = lowering.context();
    Resolver resolver = context.resolver;
    List<MethodCallExpr> chain = RetryConfigSupport.chain(call);
    if (!RetryConfigSupport.staticCall(chain.get(0), RETRY_TEMPLATE, resolver, "builder")) {
      return Step.NOTHING;
    }
    TypeFilteredRetry.Filter filter = new TypeFilteredRetry.Filter();
    Step.RetryDelay delay = Step.RetryDelay.NONE;
    for (MethodCallExpr stage : chain.subList(1, chain.size() - 1)) {
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
              && UNFILTERED_POLICIES.contains(resolver.resolveType(policy.getType())))) {
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
}
