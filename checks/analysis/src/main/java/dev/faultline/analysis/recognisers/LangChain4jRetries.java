package dev.faultline.analysis.recognisers;

import dev.faultline.analysis.library.RetryConfiguration;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.RetryLibrary;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;
import java.util.List;

/**
 * LangChain4j's {@code RetryUtils}: {@code withRetry(action[, max])}, on the default policy or on a
 * {@code RetryPolicy} of its own, runs the action again after any exception (LangChain4j 1.x stops
 * on a {@code NonRetriableException}), after a jittered exponential delay of its own: the failed
 * response's Retry-After is never asked for. {@code withRetryMappingExceptions(action[, max])}
 * first maps a LangChain4j {@code HttpException} by its status, so the 4xx that {@code
 * DefaultExceptionMapper} makes non-retriable (all but 408 and 429) stop; with a mapper of the
 * code's own the filter is not known and the call is not judged.
 *
 * <p>The action's failures are those of the requests it sends (an openai4j {@code execute()}, a
 * LangChain4j {@code HttpClient.execute}): an action that sends none is no HTTP retry. A constant
 * limit below 2 may allow no re-send at all (0.x counts attempts, 1.x re-sends), so such a call is
 * not judged either.
 */
final class LangChain4jRetries implements RetryRecogniser {
  private static final String RETRY_UTILS = "dev.langchain4j.internal.RetryUtils";
  private static final String POLICY = RETRY_UTILS + ".RetryPolicy";
  private static final String NON_RETRIABLE = "dev.langchain4j.exception.NonRetriableException";

  /** The statuses {@code DefaultExceptionMapper} maps to non-retriable exceptions. */
  private static final IntSet MAPPED_NON_RETRIABLE =
      IntSet.range(400, 499).minus(IntSet.of(408, 429));

  @Override
  public <N> Step ofCall(N call, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    String name = view.calledName(call);
    boolean mapping = name.equals("withRetryMappingExceptions");
    if (!name.equals("withRetry") && !mapping) {
      return Step.NOTHING;
    }
    boolean utility = BuilderChains.isStatic(call, view, RETRY_UTILS, name);
    boolean policy =
        !mapping
            && BuilderChains.isOn(
                call,
                view,
                POLICY,
                root -> BuilderChains.isStatic(root, view, RETRY_UTILS, "retryPolicyBuilder"));
    List<? extends N> arguments = view.arguments(call);
    if ((!utility && !policy) || arguments.isEmpty() || mayNotRetry(arguments, view)) {
      return Step.NOTHING;
    }
    IntSet work = context.httpErrorsThrownIn(arguments.get(0));
    if (work == null) {
      return Step.NOTHING;
    }
    RetryConfiguration configuration =
        new RetryConfiguration(
            RetryLibrary.LANGCHAIN4J, Step.RetryDelay.OWN, ThrownExceptionStatuses.of(context));
    configuration.excludeType(NON_RETRIABLE);
    if (mapping) {
      if (arguments.size() > 2) {
        configuration.unreadable();
      }
      configuration.abortWhen(new Condition.StatusIn(MAPPED_NON_RETRIABLE));
    }
    return BuilderChains.steps(configuration, call, work, view);
  }

  /** Whether the limit is a constant that may allow no re-send (below 2). */
  private static <N> boolean mayNotRetry(List<? extends N> arguments, CodeView<N> view) {
    return arguments.size() >= 2
        && view.constantValue(arguments.get(1)) instanceof Integer limit
        && limit < 2;
  }
}
