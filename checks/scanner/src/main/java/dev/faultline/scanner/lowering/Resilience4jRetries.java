package dev.faultline.scanner.lowering;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.type.Type;
import dev.faultline.analysis.library.RetryConfiguration;
import dev.faultline.analysis.library.RetryLibrary;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.Step;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Resilience4j's retry configurations, as the javac front end's {@code Resilience4jRetries} reads them:
 * {@code RetryConfig.custom()...build()} (or {@code RetryConfig.from(..)}), {@code RetryConfig.ofDefaults()} and
 * {@code Retry.ofDefaults(name)}.
 */
final class Resilience4jRetries {
  private static final String CONFIG = "io.github.resilience4j.retry.RetryConfig";
  private static final String RETRY = "io.github.resilience4j.retry.Retry";

  private Resilience4jRetries() {}

  static Step ofCall(MethodCallExpr call, JavaParserLowering lowering) {
    if (RetryChains.isStatic(call, lowering, CONFIG, "ofDefaults")
        || RetryChains.isStatic(call, lowering, RETRY, "ofDefaults")) {
      return RetryChains.steps(new RetryConfiguration(RetryLibrary.RESILIENCE4J, Step.RetryDelay.OWN), call,
          work(lowering));
    }
    if (!call.getNameAsString().equals("build") || call.getScope().isEmpty()) {
      return Step.NOTHING;
    }
    List<MethodCallExpr> links = RetryChains.links(call);
    MethodCallExpr root = links.get(0);
    boolean inherits = RetryChains.isStatic(root, lowering, CONFIG, "from");
    if (links.size() < 2 || (!inherits && !RetryChains.isStatic(root, lowering, CONFIG, "custom"))) {
      return Step.NOTHING;
    }
    RetryConfiguration configuration = new RetryConfiguration(RetryLibrary.RESILIENCE4J,
        inherits ? Step.RetryDelay.RETRY_AFTER : Step.RetryDelay.OWN);
    if (inherits) {
      configuration.inheritsFilter();
    }
    Type result = RetryChains.typeArgument(root);
    for (MethodCallExpr link : links.subList(1, links.size() - 1)) {
      configure(configuration, link, lowering, result);
    }
    return RetryChains.steps(configuration, call, work(lowering));
  }

  private static void configure(
      RetryConfiguration configuration, MethodCallExpr link, JavaParserLowering lowering, @Nullable Type result) {
    List<Expression> arguments = link.getArguments();
    String name = link.getNameAsString();
    switch (name) {
      case "retryExceptions", "ignoreExceptions" -> {
        List<String> types = RetryChains.classLiterals(arguments, lowering);
        if (types == null) {
          configuration.unreadable();
        } else if (name.equals("retryExceptions")) {
          types.forEach(configuration::retryType);
        } else {
          types.forEach(configuration::excludeType);
        }
      }
      case "retryOnException", "retryOnResult" -> {
        boolean onResult = name.equals("retryOnResult");
        Condition predicate = RetryChains.predicate(arguments.get(0), lowering, result, onResult ? 1 : 0);
        if (predicate == null) {
          configuration.unreadable();
        } else if (onResult) {
          configuration.retryResult(predicate);
        } else {
          configuration.retryException(predicate);
        }
      }
      case "waitDuration", "intervalFunction" -> configuration.delay(Step.RetryDelay.OWN);
      case "intervalBiFunction" -> configuration.delay(RetryChains.delayFunction(arguments.get(0), lowering));
      default -> { }
    }
  }

  /** The work given to {@code Retry.decorate*(retry, work)} or {@code retry.execute*(work)}. */
  private static @Nullable IntSet work(JavaParserLowering lowering) {
    return RetryChains.work(lowering, call -> {
      String name = call.getNameAsString();
      return RETRY.equals(lowering.resolver().target(call).owner())
          && (name.startsWith("decorate") || name.startsWith("execute"));
    });
  }
}
