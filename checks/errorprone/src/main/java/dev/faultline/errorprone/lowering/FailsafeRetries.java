package dev.faultline.errorprone.lowering;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import dev.faultline.analysis.library.RetryConfiguration;
import dev.faultline.analysis.library.RetryLibrary;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.Step;
import java.util.List;

/**
 * Failsafe's retry policies: {@code RetryPolicy.builder()...build()} and {@code RetryPolicy.ofDefaults()}. Every
 * exception is retried unless {@code handle} / {@code handleIf} limit it, less what {@code abortOn} / {@code abortIf}
 * stop; there is no wait unless a delay, a back-off or a delay function is set.
 */
final class FailsafeRetries {
  private static final String POLICY = "dev.failsafe.RetryPolicy";
  private static final String BUILDER = "dev.failsafe.RetryPolicyBuilder";

  private FailsafeRetries() {}

  static Step ofCall(MethodInvocationTree call, JavacLowering lowering) {
    if (RetryChains.isStatic(call, POLICY, "ofDefaults")) {
      return RetryChains.steps(new RetryConfiguration(RetryLibrary.FAILSAFE, Step.RetryDelay.NONE), call,
          work(lowering));
    }
    if (!RetryChains.name(call).equals("build")
        || !BUILDER.equals(JavacLowering.qualifiedName(ASTHelpers.getType(ASTHelpers.getReceiver(call))))) {
      return Step.NOTHING;
    }
    List<MethodInvocationTree> links = RetryChains.links(call, BUILDER);
    if (!RetryChains.isStatic(links.get(0), POLICY, "builder")) {
      return Step.NOTHING;
    }
    RetryConfiguration configuration = new RetryConfiguration(RetryLibrary.FAILSAFE, Step.RetryDelay.NONE);
    for (MethodInvocationTree link : links.subList(1, links.size())) {
      configure(configuration, link, lowering);
    }
    return RetryChains.steps(configuration, call, work(lowering));
  }

  private static void configure(RetryConfiguration configuration, MethodInvocationTree link, JavacLowering lowering) {
    List<? extends ExpressionTree> arguments = link.getArguments();
    String name = RetryChains.name(link);
    switch (name) {
      case "handle", "abortOn" -> {
        List<String> types = RetryChains.classLiterals(arguments);
        Condition predicate = types == null && name.equals("abortOn")
            ? RetryChains.predicate(arguments.get(0), lowering) : null;
        if (predicate != null) {
          configuration.abortWhen(predicate);
        } else if (types == null) {
          configuration.unreadable();
        } else if (name.equals("handle")) {
          types.forEach(configuration::retryType);
        } else {
          types.forEach(configuration::excludeType);
        }
      }
      case "handleIf", "handleResultIf", "abortIf" -> {
        Condition predicate = RetryChains.predicate(arguments.get(0), lowering);
        if (predicate == null) {
          configuration.unreadable();
        } else if (name.equals("handleIf")) {
          configuration.retryException(predicate);
        } else if (name.equals("handleResultIf")) {
          configuration.retryResult(predicate);
        } else {
          configuration.abortWhen(predicate);
        }
      }
      case "withDelay", "withBackoff" -> configuration.delay(Step.RetryDelay.OWN);
      case "withDelayFn", "withDelayFnOn", "withDelayFnWhen" ->
          configuration.delay(RetryChains.delayFunction(arguments.get(0), lowering));
      default -> { }
    }
  }

  /** The work given to {@code Failsafe.with(policy).get(work)} (or run, getAsync...). */
  private static IntSet work(JavacLowering lowering) {
    return RetryChains.work(lowering, call -> {
      MethodSymbol symbol = ASTHelpers.getSymbol(call);
      return symbol != null && !symbol.isStatic()
          && symbol.owner.getQualifiedName().contentEquals("dev.failsafe.FailsafeExecutor");
    });
  }
}
