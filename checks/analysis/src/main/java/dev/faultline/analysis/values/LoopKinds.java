package dev.faultline.analysis.values;

import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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

  /**
   * How many rounds at most a loop runs, as its condition bounds a counter: {@code i < 2} or {@code
   * i <= 1} where the counter starts at a constant and the bound is one ({@code for (int i = 0; i <
   * MAX_ATTEMPTS; i++)}); 0 when not known.
   */
  public static <N> int maxRounds(@Nullable N condition, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    if (condition == null) {
      return 0;
    }
    N tree = view.strip(condition);
    String operator = view.binaryOperator(tree);
    if (operator == null || !(operator.equals("<") || operator.equals("<="))) {
      return 0;
    }
    List<? extends N> sides = view.binaryOperands(tree);
    if (sides.size() != 2 || !view.isName(view.strip(sides.get(0)))) {
      return 0;
    }
    N initializer = context.initialiserOf(view.strip(sides.get(0)));
    Object start = initializer == null ? null : view.constantValue(view.strip(initializer));
    Object bound = view.constantValue(view.strip(sides.get(1)));
    if (!(start instanceof Integer || start instanceof Long)
        || !(bound instanceof Integer || bound instanceof Long)) {
      return 0;
    }
    long rounds =
        ((Number) bound).longValue()
            - ((Number) start).longValue()
            + (operator.equals("<=") ? 1 : 0);
    return rounds > 0 && rounds < Integer.MAX_VALUE ? (int) rounds : 0;
  }
}
