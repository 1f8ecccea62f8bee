package dev.faultline.errorprone.lowering;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import dev.faultline.errorprone.lowering.CompilationUnitCache.Slot;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One walk of a compilation unit, shared by every lowering of its members: each node's parent (so
 * that the path to a node is found by going up, not by searching the whole unit from its root), and
 * its variable declarations by symbol with the class that holds each. Kept in the {@link
 * CompilationUnitCache}, so it lives as long as the checks are on that unit.
 */
final class UnitIndex {
  private static final Slot<UnitIndex> INDEX = new Slot<>("unit index");

  private final CompilationUnitTree unit;
  private final IdentityHashMap<Tree, Tree> parents = new IdentityHashMap<>();
  private final Map<Symbol, VariableTree> variables = new HashMap<>();
  private final IdentityHashMap<Tree, ClassTree> variableClasses = new IdentityHashMap<>();

  /** The index of a unit of the compilation, made the first time it is asked for. */
  static UnitIndex of(VisitorState state, CompilationUnitTree unit) {
    return CompilationUnitCache.get(state, INDEX, unit, () -> new UnitIndex(unit));
  }

  private UnitIndex(CompilationUnitTree unit) {
    this.unit = unit;
    new TreeScanner<Void, Void>() {
      private @Nullable Tree parent;
      private @Nullable ClassTree holder;

      @Override
      public Void scan(Tree tree, Void unused) {
        if (tree == null) {
          return null;
        }
        parents.put(tree, parent);
        if (tree instanceof VariableTree variable) {
          Symbol symbol = ASTHelpers.getSymbol(variable);
          if (symbol != null) {
            variables.put(symbol, variable);
            if (holder != null) {
              variableClasses.put(variable, holder);
            }
          }
        }
        Tree outerParent = parent;
        ClassTree outerHolder = holder;
        parent = tree;
        if (tree instanceof ClassTree declared) {
          holder = declared;
        }
        try {
          return tree.accept(this, null);
        } finally {
          parent = outerParent;
          holder = outerHolder;
        }
      }
    }.scan(unit, null);
  }

  /** The path to a node of this unit, or null when the node is not in it. */
  @SuppressWarnings("ReferenceEquality") // trees compare by identity: this very unit
  @Nullable TreePath pathOf(Tree node) {
    if (node == unit) {
      return new TreePath(unit);
    }
    if (!parents.containsKey(node)) {
      return null;
    }
    Deque<Tree> chain = new ArrayDeque<>();
    for (Tree up = node; up != null && up != unit; up = parents.get(up)) {
      chain.push(up);
    }
    TreePath path = new TreePath(unit);
    for (Tree step : chain) {
      path = new TreePath(path, step);
    }
    return path;
  }

  /** The variable declarations of the unit by their symbol. */
  Map<Symbol, VariableTree> variables() {
    return variables;
  }

  /** The class that holds a variable declaration of the unit, or null. */
  @Nullable ClassTree classOf(Tree variable) {
    return variableClasses.get(variable);
  }
}
