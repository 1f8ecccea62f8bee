package dev.faultline.analysis.recognisers;

import dev.faultline.analysis.library.HttpErrorTypes;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The failure stages of a CompletableFuture chain: the function given to {@code exceptionally} /
 * {@code exceptionallyCompose} runs only when the earlier stages failed, so when those stages send
 * a request whose HTTP errors arrive as exceptions (the FIC SDK's ApiException, WebClient's
 * exceptions, wrapped in a CompletionException), the function starts with that failed response in
 * hand, caught as a catch clause catches it. What it does then (a status test, a delayed executor,
 * a re-send) is lowered as in any handler. The front ends' walkers ask it about each call.
 */
public final class CompletableFutureStages {
  private static final String STAGE = "java.util.concurrent.CompletionStage";
  private static final Set<String> FAILURE_STAGES =
      Set.of(
          "exceptionally",
          "exceptionallyAsync",
          "exceptionallyCompose",
          "exceptionallyComposeAsync");

  private CompletableFutureStages() {}

  /**
   * The failed response a failure stage's function starts with, or null when the call is none or
   * sends nothing.
   */
  public static <N> Step.@Nullable ResponseArrives failureArrives(
      N call, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    if (!FAILURE_STAGES.contains(view.calledName(call))) {
      return null;
    }
    N receiver = view.receiver(call);
    if (receiver == null
        || view.isStaticCall(call)
        || !view.isSubtype(view.calledOwner(call), STAGE)) {
      return null;
    }
    IntSet statuses = IntSet.EMPTY;
    for (String type : context.requestExceptionsIn(receiver)) {
      statuses = statuses.union(HttpErrorTypes.statuses(type).orElse(IntSet.EMPTY));
    }
    return statuses.isEmpty() ? null : new Step.ResponseArrives(statuses, true);
  }
}
