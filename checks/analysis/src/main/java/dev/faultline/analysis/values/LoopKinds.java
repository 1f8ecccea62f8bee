package dev.faultline.analysis.values;

import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;
import java.util.Set;

/**
 * Whether a loop does the same work again (a retry loop) or moves on to the next element of
 * something (a walk over items, pages, or the servers of a fail-over list), read from its
 * condition.
 */
public final class LoopKinds {
  /** Calls whose answer says how far a walk has gone ({@code it.hasNext()}, {@code size()}). */
  private static final Set<String> WALKING =
      Set.of("hasNext", "size", "hasMoreElements", "hasMorePages", "hasNextPage", "length");

  private LoopKinds() {}

  /**
   * A loop whose condition walks a collection ({@code it.hasNext()}, {@code i < items.size()},
   * {@code i < urls.length}, or a local that holds such a count: {@code int count = urls.length; i
   * < count}) moves on to the next element; any other loop does the same work again.
   */
  public static <N> Step.LoopKind of(N condition, LoweringContext<N> context) {
    return walks(condition, context, true) ? Step.LoopKind.ITERATION : Step.LoopKind.RETRY;
  }

  private static <N> boolean walks(N node, LoweringContext<N> context, boolean followLocals) {
    CodeView<N> view = context.view();
    if (view.isCall(node)
        && WALKING.contains(view.calledName(node))
        && view.receiver(node) != null) {
      return true;
    }
    if (!view.isCall(node) && "length".equals(view.simpleName(node)) && !view.isName(node)) {
      return true; // array.length
    }
    if (followLocals && view.isName(node)) {
      N initializer = context.initialiserOf(node);
      if (initializer != null && walks(initializer, context, false)) {
        return true;
      }
    }
    for (N child : view.childrenOf(node)) {
      if (walks(child, context, followLocals)) {
        return true;
      }
    }
    return false;
  }
}
