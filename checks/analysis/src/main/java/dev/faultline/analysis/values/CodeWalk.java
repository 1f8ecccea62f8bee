package dev.faultline.analysis.values;

import dev.faultline.analysis.catalogue.OwnHttpWrappers;
import dev.faultline.analysis.view.CodeView;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * What {@link Operands#learn} reads off a piece of code by walking it: its writes, the variables it
 * updates, and whether it reads an SDK's own status at all. It depends on the code alone, and the
 * same code is learned many times (for the facts of its class, for its own lowering, for every call
 * that inlines it, for the work a retry library runs), so the front ends keep it for the file being
 * analysed ({@link dev.faultline.analysis.view.LoweringContext#walkOf}).
 *
 * @param writes the variable initializers and assignments in the code, in source order ({@link
 *     CodeView#writesIn})
 * @param updated the variables the code updates by a compound assignment or an increment
 * @param readsOwnStatus whether the code calls a status getter or reads a status field of an SDK's
 *     own types ({@link OwnHttpWrappers}): only then are its own requests looked for
 */
public record CodeWalk<N>(List<N> writes, Set<Object> updated, boolean readsOwnStatus) {

  /** Walks {@code code}. */
  public static <N> CodeWalk<N> of(N code, CodeView<N> view) {
    Set<Object> updated = Collections.newSetFromMap(new IdentityHashMap<>(4));
    collectUpdates(code, view, updated);
    return new CodeWalk<>(
        List.copyOf(view.writesIn(code)),
        Collections.unmodifiableSet(updated),
        readsOwnStatus(code, view));
  }

  private static <N> void collectUpdates(N node, CodeView<N> view, Set<Object> updated) {
    Object variable = view.updatedVariable(node);
    if (variable != null) {
      updated.add(variable);
    }
    for (N child : view.childrenOf(node)) {
      collectUpdates(child, view, updated);
    }
  }

  private static <N> boolean readsOwnStatus(N code, CodeView<N> view) {
    for (N call : view.callsIn(code)) {
      if (OwnHttpWrappers.isStatusGetter(view.calledName(call))) {
        return true;
      }
    }
    return readsStatusField(code, view);
  }

  private static <N> boolean readsStatusField(N node, CodeView<N> view) {
    if (OwnHttpWrappers.readsStatusField(view, node)) {
      return true;
    }
    for (N child : view.childrenOf(node)) {
      if (readsStatusField(child, view)) {
        return true;
      }
    }
    return false;
  }
}
