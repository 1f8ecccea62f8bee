package dev.faultline.analysis.catalogue;

import dev.faultline.analysis.view.CodeView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Rows of library method families and what a call of each means, indexed by method name so that a
 * call is first matched on its name (a string compare) and only then on its owner's type. In the
 * style of NullAway's {@code LibraryModels}: adding a library is adding rows.
 *
 * @param <M> what a call of a row's family means
 */
public final class MethodTable<M> {
  /** One row: a method family and what its calls mean. */
  public record Row<M>(MethodFamily family, M meaning) {}

  private final Map<String, List<Row<M>>> byName = new HashMap<>();
  private final List<Row<M>> anyName = new ArrayList<>();

  private MethodTable(List<Row<M>> rows) {
    for (Row<M> row : rows) {
      if (row.family().names().isEmpty()) {
        anyName.add(row);
      }
      for (String name : row.family().names()) {
        byName.computeIfAbsent(name, n -> new ArrayList<>()).add(row);
      }
    }
  }

  /** A table of these rows; a call matching two rows means what the first one says. */
  @SafeVarargs
  public static <M> MethodTable<M> of(Row<M>... rows) {
    return new MethodTable<>(List.of(rows));
  }

  /** A table of groups of rows followed by these rows, in that order. */
  @SafeVarargs
  public static <M> MethodTable<M> of(List<Row<M>> first, List<Row<M>> second, Row<M>... rows) {
    List<Row<M>> all = new ArrayList<>(first);
    all.addAll(second);
    all.addAll(List.of(rows));
    return new MethodTable<>(all);
  }

  /** A row of a table. */
  public static <M> Row<M> row(MethodFamily family, M meaning) {
    return new Row<>(family, meaning);
  }

  /**
   * The method names of the rows whose meaning is a {@code wanted}, or null when one of them
   * matches calls of any name.
   */
  public @Nullable Set<String> namesOf(Class<? extends M> wanted) {
    for (Row<M> row : anyName) {
      if (wanted.isInstance(row.meaning())) {
        return null;
      }
    }
    Set<String> names = new TreeSet<>();
    byName.forEach(
        (name, rows) -> {
          if (rows.stream().anyMatch(row -> wanted.isInstance(row.meaning()))) {
            names.add(name);
          }
        });
    return names;
  }

  /**
   * What a node means, if it is a call of a method of the table whose meaning is a {@code wanted};
   * null otherwise. Rows of other meanings are not asked about types.
   */
  public <N, W extends M> @Nullable W find(CodeView<N> view, N node, Class<W> wanted) {
    if (!view.isCall(node)) {
      return null;
    }
    List<Row<M>> named = byName.get(view.calledName(node));
    W found = named == null ? null : first(named, view, node, wanted);
    return found != null ? found : first(anyName, view, node, wanted);
  }

  private static <M, N, W extends M> @Nullable W first(
      List<Row<M>> rows, CodeView<N> view, N call, Class<W> wanted) {
    for (Row<M> row : rows) {
      if (wanted.isInstance(row.meaning()) && row.family().matchesOwner(view, call)) {
        return wanted.cast(row.meaning());
      }
    }
    return null;
  }
}
