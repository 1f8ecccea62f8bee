package dev.faultline.analysis.recognisers;

import dev.faultline.analysis.library.RetryConfiguration;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.RetryLibrary;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Failsafe's retry policies: {@code RetryPolicy.builder()...build()} and {@code
 * RetryPolicy.ofDefaults()}. Every exception is retried unless {@code handle} / {@code handleIf}
 * limit it, less what {@code abortOn} / {@code abortIf} stop; there is no wait unless a delay, a
 * back-off or a delay function is set.
 */
final class FailsafeRetries implements RetryRecogniser {
  private static final String POLICY = "dev.failsafe.RetryPolicy";
  private static final String BUILDER = "dev.failsafe.RetryPolicyBuilder";
  private static final String EXECUTOR = "dev.failsafe.FailsafeExecutor";

  @Override
  public <N> Step ofCall(N call, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    String name = view.calledName(call);
    if (name.equals("ofDefaults") && BuilderChains.isStatic(call, view, POLICY, "ofDefaults")) {
      return BuilderChains.steps(
          new RetryConfiguration(RetryLibrary.FAILSAFE, Step.RetryDelay.NONE),
          call,
          work(context),
          view);
    }
    List<N> links = BuilderChains.built(call, view, BUILDER);
    if (links == null || !BuilderChains.isStatic(links.get(0), view, POLICY, "builder")) {
      return Step.NOTHING;
    }
    N root = links.get(0);
    RetryConfiguration configuration =
        new RetryConfiguration(RetryLibrary.FAILSAFE, Step.RetryDelay.NONE);
    for (N link : links.subList(1, links.size() - 1)) {
      configure(configuration, link, context, root);
    }
    return BuilderChains.steps(configuration, call, work(context), view);
  }

  private static <N> void configure(
      RetryConfiguration configuration, N link, LoweringContext<N> context, N root) {
    CodeView<N> view = context.view();
    List<? extends N> arguments = view.arguments(link);
    String name = view.calledName(link);
    switch (name) {
      case "handle", "abortOn" -> {
        List<String> types = BuilderChains.classLiterals(arguments, view);
        Condition predicate =
            types == null && name.equals("abortOn")
                ? BuilderChains.predicate(arguments.get(0), context, null, 0)
                : null;
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
        // A result predicate's parameter, and the first of a (result, exception) predicate's, is
        // the result.
        N function = view.strip(arguments.get(0));
        boolean exceptionOnly =
            name.equals("handleIf")
                && view.isLambda(function)
                && view.lambdaParameterCount(function) == 1;
        Condition predicate =
            BuilderChains.predicate(arguments.get(0), context, root, exceptionOnly ? 0 : 1);
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
          configuration.delay(BuilderChains.delayFunction(arguments.get(0), context));
      default -> {}
    }
  }

  /** The work given to {@code Failsafe.with(policy).get(work)} (or run, getAsync...). */
  private static <N> @Nullable IntSet work(LoweringContext<N> context) {
    CodeView<N> view = context.view();
    return BuilderChains.work(
        context,
        call ->
            BuilderChains.isOn(
                call,
                view,
                EXECUTOR,
                root ->
                    BuilderChains.isStatic(root, view, "dev.failsafe.Failsafe", "with", "none")));
  }
}
