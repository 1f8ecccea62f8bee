package dev.faultline.errorprone.lowering;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import dev.faultline.analysis.library.RetryConfiguration;
import dev.faultline.analysis.library.RetryLibrary;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.Step;
import java.util.List;

/**
 * Resilience4j's retry configurations: {@code RetryConfig.custom()...build()} (or {@code RetryConfig.from(..)}),
 * {@code RetryConfig.ofDefaults()} and {@code Retry.ofDefaults(name)}. Every exception is retried unless
 * {@code retryExceptions} / {@code retryOnException} limit it; the wait is 500 ms unless an interval function says
 * otherwise.
 */
final class Resilience4jRetries {
  private static final String CONFIG = "io.github.resilience4j.retry.RetryConfig";
  private static final String BUILDER = CONFIG + ".Builder";
  private static final String RETRY = "io.github.resilience4j.retry.Retry";

  private Resilience4jRetries() {}

  static Step ofCall(MethodInvocationTree call, JavacLowering lowering) {
    if (RetryChains.isStatic(call, CONFIG, "ofDefaults") || RetryChains.isStatic(call, RETRY, "ofDefaults")) {
      return RetryChains.steps(new RetryConfiguration(RetryLibrary.RESILIENCE4J, Step.RetryDelay.OWN), call,
          work(lowering));
    }
    if (!RetryChains.name(call).equals("build")
        || !BUILDER.equals(JavacLowering.qualifiedName(ASTHelpers.getType(ASTHelpers.getReceiver(call))))) {
      return Step.NOTHING;
    }
    List<MethodInvocationTree> links = RetryChains.links(call, BUILDER);
    MethodInvocationTree root = links.get(0);
    boolean inherits = RetryChains.isStatic(root, CONFIG, "from");
    if (!inherits && !RetryChains.isStatic(root, CONFIG, "custom")) {
      return Step.NOTHING;
    }
    RetryConfiguration configuration = new RetryConfiguration(RetryLibrary.RESILIENCE4J,
        inherits ? Step.RetryDelay.RETRY_AFTER : Step.RetryDelay.OWN);
    if (inherits) {
      configuration.inheritsFilter();
    }
    for (MethodInvocationTree link : links.subList(1, links.size())) {
      configure(configuration, link, lowering);
    }
    return RetryChains.steps(configuration, call, work(lowering));
  }

  private static void configure(RetryConfiguration configuration, MethodInvocationTree link, JavacLowering lowering) {
    List<? extends ExpressionTree> arguments = link.getArguments();
    switch (RetryChains.name(link)) {
      case "retryExceptions", "ignoreExceptions" -> {
        List<String> types = RetryChains.classLiterals(arguments);
        if (types == null) {
          configuration.unreadable();
        } else if (RetryChains.name(link).equals("retryExceptions")) {
          types.forEach(configuration::retryType);
        } else {
          types.forEach(configuration::excludeType);
        }
      }
      case "retryOnException", "retryOnResult" -> {
        Condition predicate = RetryChains.predicate(arguments.get(0), lowering);
        if (predicate == null) {
          configuration.unreadable();
        } else if (RetryChains.name(link).equals("retryOnException")) {
          configuration.retryException(predicate);
        } else {
          configuration.retryResult(predicate);
        }
      }
      case "waitDuration", "intervalFunction" -> configuration.delay(Step.RetryDelay.OWN);
      case "intervalBiFunction" -> configuration.delay(RetryChains.delayFunction(arguments.get(0), lowering));
      default -> { }
    }
  }

  /** The work given to {@code Retry.decorate*(retry, work)} or {@code retry.execute*(work)}. */
  private static dev.faultline.analysis.model.IntSet work(JavacLowering lowering) {
    return RetryChains.work(lowering, call -> {
      MethodSymbol symbol = ASTHelpers.getSymbol(call);
      String name = RetryChains.name(call);
      return symbol != null && symbol.owner.getQualifiedName().contentEquals(RETRY)
          && (name.startsWith("decorate") || name.startsWith("execute"));
    });
  }
}
