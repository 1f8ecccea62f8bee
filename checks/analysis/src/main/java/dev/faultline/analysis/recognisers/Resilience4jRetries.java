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
 * Resilience4j's retry configurations: {@code RetryConfig.custom()...build()} (or {@code
 * RetryConfig.from(..)}), {@code RetryConfig.ofDefaults()} and {@code Retry.ofDefaults(name)}.
 * Every exception is retried unless {@code retryExceptions} / {@code retryOnException} limit it;
 * the wait is 500 ms unless an interval function says otherwise.
 */
final class Resilience4jRetries implements RetryRecogniser {
  private static final String CONFIG = "io.github.resilience4j.retry.RetryConfig";
  private static final String BUILDER = CONFIG + ".Builder";
  private static final String RETRY = "io.github.resilience4j.retry.Retry";

  @Override
  public <N> Step ofCall(N call, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    String name = view.calledName(call);
    if (name.equals("ofDefaults")
        && (BuilderChains.isStatic(call, view, CONFIG, name)
            || BuilderChains.isStatic(call, view, RETRY, name))) {
      return BuilderChains.steps(
          new RetryConfiguration(
              RetryLibrary.RESILIENCE4J, Step.RetryDelay.OWN, ThrownExceptionStatuses.of(context)),
          call,
          work(context),
          view);
    }
    List<N> links = BuilderChains.built(call, view, BUILDER);
    if (links == null) {
      return Step.NOTHING;
    }
    N root = links.get(0);
    boolean inherits = BuilderChains.isStatic(root, view, CONFIG, "from");
    if (!inherits && !BuilderChains.isStatic(root, view, CONFIG, "custom")) {
      return Step.NOTHING;
    }
    RetryConfiguration configuration =
        new RetryConfiguration(
            RetryLibrary.RESILIENCE4J,
            inherits ? Step.RetryDelay.RETRY_AFTER : Step.RetryDelay.OWN,
            ThrownExceptionStatuses.of(context));
    if (inherits) {
      configuration.inheritsFilter();
    }
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
      case "retryExceptions", "ignoreExceptions" -> {
        List<String> types = BuilderChains.classLiterals(arguments, view);
        if (types == null) {
          configuration.unreadable();
        } else if (name.equals("retryExceptions")) {
          types.forEach(configuration::retryType);
        } else {
          types.forEach(configuration::excludeType);
        }
      }
      case "retryOnException", "retryOnResult" -> {
        // A result predicate's parameter is of the type the builder was made for.
        boolean onResult = name.equals("retryOnResult");
        Condition predicate =
            BuilderChains.predicate(arguments.get(0), context, root, onResult ? 1 : 0);
        if (predicate == null) {
          configuration.unreadable();
        } else if (onResult) {
          configuration.retryResult(predicate);
        } else {
          configuration.retryException(predicate);
        }
      }
      // The interval function wins over the wait duration whatever their order, as in the library.
      case "waitDuration" -> configuration.delayUnlessSet(Step.RetryDelay.FIXED);
      case "intervalFunction" -> configuration.delay(Step.RetryDelay.OWN);
      case "intervalBiFunction" ->
          configuration.delay(BuilderChains.delayFunction(arguments.get(0), context));
      default -> {}
    }
  }

  /** The work given to {@code Retry.decorate*(retry, work)} or {@code retry.execute*(work)}. */
  private static <N> @Nullable IntSet work(LoweringContext<N> context) {
    CodeView<N> view = context.view();
    return BuilderChains.work(
        context,
        call -> {
          String name = view.calledName(call);
          return (name.startsWith("decorate") || name.startsWith("execute"))
              && RETRY.equals(view.calledOwner(call));
        });
  }
}
