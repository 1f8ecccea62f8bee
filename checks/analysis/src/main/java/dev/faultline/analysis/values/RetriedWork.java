package dev.faultline.analysis.values;

import dev.faultline.analysis.model.Anchor;
import dev.faultline.analysis.model.Step;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A generic retry helper ({@code withRetries(Supplier<T> work)}, {@code retryOperation(Function<T,
 * R> operation, ...)}) called with a lambda or a method reference that sends a request: the
 * helper's body, lowered with each invocation of the functional parameter ({@code work.get()})
 * replaced by the argument's steps, stands at the call as if its loop were written around the
 * request. The helper is a method of the caller's class, or a method of a class declared in another
 * file of the project ({@code Retries.withRetry(() -> client.send(..))}), whose body is lowered
 * with that file's own imports and same-class helpers. A helper may pass its functional parameter
 * on to another helper of its class ({@code return DEFAULT.withRetry(action, max)}): that call does
 * the same work. A front end lowers the argument and the helper's body; this class wraps the
 * argument's steps and decides whether the helper retries them.
 */
public final class RetriedWork {
  private RetriedWork() {}

  /**
   * The steps of a lambda or method reference argument as the work a helper invokes, or null when
   * they send no request: a {@code return} in a lambda body ends the invocation, not the caller.
   */
  public static @Nullable Step work(Step argument, String label) {
    return sends(argument) ? asBlock(argument, label) : null;
  }

  /**
   * The helper's body at the call, or null when it runs none of the works again (no loop around an
   * invocation, no recursive re-invocation): a helper that never re-invokes is only a call. A
   * {@code return} in the helper's body ends the helper, not the caller. The waits of the helper
   * are anchored at the call; for a helper of another file ({@code elsewhere}) every anchor of its
   * own steps is, since a finding is reported in the caller's file.
   */
  public static @Nullable Step retriedAt(
      Step helperBody, Collection<Step> works, String label, Anchor call, boolean elsewhere) {
    for (Step work : works) {
      if (invokedAgain(helperBody, work, false) >= 2) {
        return new Step.Labeled(
            label,
            replaceLeaves(
                helperBody,
                leaf ->
                    leaf instanceof Step.Return
                        ? new Step.Break(label)
                        : leaf instanceof Step.Wait || elsewhere
                            ? Step.anchoredAt(leaf, call)
                            : leaf,
                works));
      }
    }
    return null;
  }

  /**
   * How often a work is met in a step: twice as soon as it is met inside a retry loop (the loop
   * runs it again).
   */
  private static int invokedAgain(Step step, Step work, boolean inRetryLoop) {
    if (step.equals(work)) {
      return inRetryLoop ? 2 : 1;
    }
    boolean loop = step instanceof Step.Loop l && l.kind() == Step.LoopKind.RETRY;
    int count = 0;
    for (Step child : Step.children(step)) {
      count += invokedAgain(child, work, inRetryLoop || loop);
    }
    return count;
  }

  private static boolean sends(Step step) {
    return step instanceof Step.Request
        || step instanceof Step.SelfCall
        || Step.children(step).stream().anyMatch(RetriedWork::sends);
  }

  private static Step asBlock(Step step, String label) {
    return new Step.Labeled(
        label,
        replaceLeaves(
            step, leaf -> leaf instanceof Step.Return ? new Step.Break(label) : leaf, List.of()));
  }

  /**
   * The same steps, with every leaf replaced as {@code leaf} says; the works (the caller's steps)
   * are kept as they are.
   */
  private static Step replaceLeaves(Step step, UnaryOperator<Step> leaf, Collection<Step> works) {
    if (works.contains(step)) {
      return step;
    }
    if (step instanceof Step.Block block) {
      return new Step.Block(
          block.steps().stream().map(s -> replaceLeaves(s, leaf, works)).toList());
    }
    if (step instanceof Step.Branch branch) {
      return new Step.Branch(
          branch.condition(),
          replaceLeaves(branch.then(), leaf, works),
          replaceLeaves(branch.otherwise(), leaf, works));
    }
    if (step instanceof Step.Loop loop) {
      return new Step.Loop(
          loop.kind(),
          loop.condition(),
          loop.testedFirst(),
          replaceLeaves(loop.body(), leaf, works),
          loop.label(),
          replaceLeaves(loop.test(), leaf, works),
          loop.maxRounds());
    }
    if (step instanceof Step.TryCatch tryCatch) {
      return new Step.TryCatch(
          replaceLeaves(tryCatch.body(), leaf, works),
          tryCatch.catches().stream()
              .map(c -> new Step.Catch(c.exceptionTypes(), replaceLeaves(c.body(), leaf, works)))
              .toList(),
          tryCatch.finallyBlock() == null
              ? null
              : replaceLeaves(tryCatch.finallyBlock(), leaf, works));
    }
    if (step instanceof Step.Labeled labeled) {
      return new Step.Labeled(labeled.label(), replaceLeaves(labeled.body(), leaf, works));
    }
    return Step.children(step).isEmpty() ? leaf.apply(step) : step;
  }
}
