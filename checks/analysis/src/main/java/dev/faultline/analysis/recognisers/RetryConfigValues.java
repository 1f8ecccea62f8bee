package dev.faultline.analysis.recognisers;

import dev.faultline.analysis.view.CodeView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The values that retry configurations are written with, as the recognisers of annotation- and
 * template-configured retries read them: annotation attributes, class literals, int and boolean
 * literals.
 */
final class RetryConfigValues {
  private RetryConfigValues() {}

  /**
   * Whether an annotation's attribute is written with a non-empty value (not {@code ""}, not <code>
   * {}</code>).
   */
  static <N> boolean written(N annotation, String name, CodeView<N> view) {
    N value = view.attribute(annotation, name);
    if (value == null || "".equals(view.constantValue(value))) {
      return false;
    }
    List<? extends N> elements = view.arrayElements(value);
    return elements == null || !elements.isEmpty();
  }

  /** The types named by the class literals of an annotation's attributes. */
  static <N> List<String> classAttributes(N annotation, CodeView<N> view, String... names) {
    List<String> types = new ArrayList<>();
    for (String name : names) {
      types.addAll(classLiterals(view.attribute(annotation, name), view));
    }
    return types;
  }

  /**
   * The types named by the class literals in an expression ({@code X.class}, arrays and lists of
   * them).
   */
  static <N> List<String> classLiterals(@Nullable N expression, CodeView<N> view) {
    return expression == null ? List.of() : classLiterals(List.of(expression), view);
  }

  /** The types named by the class literals in expressions (the arguments of a call). */
  static <N> List<String> classLiterals(List<? extends N> expressions, CodeView<N> view) {
    List<String> types = new ArrayList<>();
    for (N expression : expressions) {
      for (N literal : view.classLiteralsIn(expression)) {
        types.add(Objects.requireNonNullElse(view.classLiteralType(literal), ""));
      }
    }
    return types;
  }

  /** The value of an int or long literal, or null. */
  static <N> @Nullable Long integerLiteral(@Nullable N expression, CodeView<N> view) {
    Object value = expression == null ? null : view.literalValue(expression);
    return value instanceof Number number
            && !(number instanceof Double)
            && !(number instanceof Float)
        ? number.longValue()
        : null;
  }

  /** The value of a {@code true} or {@code false} literal (in parentheses or not), or null. */
  static <N> @Nullable Boolean booleanLiteral(@Nullable N expression, CodeView<N> view) {
    return (expression != null
            && view.literalValue(view.strip(expression)) instanceof Boolean value)
        ? value
        : null;
  }
}
