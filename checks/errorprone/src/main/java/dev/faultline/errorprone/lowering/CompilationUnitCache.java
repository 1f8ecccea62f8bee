package dev.faultline.errorprone.lowering;

import com.google.errorprone.VisitorState;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.util.Context;
import java.util.IdentityHashMap;
import java.util.function.Supplier;

/**
 * What the checks computed for the compilation unit being analysed, shared by all of them (the
 * lowering of a method, the facts of a class), kept in javac's own {@link Context}.
 *
 * <p>It lives and dies with the compilation: a static map would keep the trees, symbols and the
 * whole javac context of every compilation alive in a long-lived build process (a weak map does not
 * help, because the cached values point back at the trees that are its keys). And it holds one
 * compilation unit at a time: it is emptied when the checks move on to the next file, so a large
 * compilation does not pile up the results of all its files.
 */
public final class CompilationUnitCache {
  private static final Context.Key<CompilationUnitCache> KEY = new Context.Key<>();

  /** One kind of value kept per tree; compared by identity. */
  @SuppressWarnings("UnusedTypeParameter") // the type of the values, which get and put enforce
  public static final class Slot<V> {
    private final String name;

    public Slot(String name) {
      this.name = name;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private CompilationUnitTree unit;
  private final IdentityHashMap<Slot<?>, IdentityHashMap<Tree, Object>> values =
      new IdentityHashMap<>();

  private CompilationUnitCache() {}

  /**
   * The value of {@code slot} for {@code key} in the compilation unit being analysed, computed by
   * {@code compute} the first time.
   */
  public static <V> V get(VisitorState state, Slot<V> slot, Tree key, Supplier<V> compute) {
    CompilationUnitCache cache = of(state);
    @SuppressWarnings("unchecked") // every value of a slot was put there as a V
    V known = (V) cache.values.computeIfAbsent(slot, s -> new IdentityHashMap<>()).get(key);
    if (known != null) {
      return known;
    }
    V computed = compute.get();
    put(state, slot, key, computed);
    return computed;
  }

  /** Replaces the value of {@code slot} for {@code key} (when the kept one no longer applies). */
  public static <V> void put(VisitorState state, Slot<V> slot, Tree key, V value) {
    of(state).values.computeIfAbsent(slot, s -> new IdentityHashMap<>()).put(key, value);
  }

  /**
   * Called as the checks start on a member of the compilation unit Error Prone is visiting: when it
   * is another unit than the last one, what was kept for the last one goes. (Lowerings of code in
   * other files, for values declared there, run with states of those files and do not count.)
   */
  @SuppressWarnings("ReferenceEquality") // the same compilation unit, not an equal one
  public static void enter(VisitorState state) {
    CompilationUnitCache cache = of(state);
    CompilationUnitTree current = state.getPath().getCompilationUnit();
    if (cache.unit != current) {
      cache.unit = current;
      cache.values.clear();
    }
  }

  private static CompilationUnitCache of(VisitorState state) {
    return JavacContexts.getOrCreate(state.context, KEY, CompilationUnitCache::new);
  }
}
