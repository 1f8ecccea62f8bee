package dev.faultline.scanner.lowering;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A static type with its type arguments, as far as they are known: {@code
 * CompletableFuture<HttpResponse<?>>}. A null argument is an unknown one. Only the syntactic
 * resolution uses the arguments (to type {@code future.join()}); everything else compares erasures.
 */
record JType(String name, List<@Nullable JType> arguments) {
  JType {
    arguments = java.util.Collections.unmodifiableList(new ArrayList<>(arguments));
  }

  static JType of(String name) {
    return new JType(name, List.of());
  }

  /**
   * A type written with its type arguments, as the library tables write it: {@code
   * java.util.List<a.B>}, {@code java.util.Map<a.B, java.util.List<c.D>>}.
   */
  static JType parse(String written) {
    int open = written.indexOf('<');
    if (open < 0 || !written.endsWith(">")) {
      return of(written.trim());
    }
    List<@Nullable JType> arguments = new ArrayList<>();
    String inside = written.substring(open + 1, written.length() - 1);
    int depth = 0;
    int start = 0;
    for (int i = 0; i < inside.length(); i++) {
      char c = inside.charAt(i);
      if (c == '<') {
        depth++;
      } else if (c == '>') {
        depth--;
      } else if (c == ',' && depth == 0) {
        arguments.add(parse(inside.substring(start, i)));
        start = i + 1;
      }
    }
    arguments.add(parse(inside.substring(start)));
    return new JType(written.substring(0, open).trim(), arguments);
  }

  static @Nullable String erasure(@Nullable JType type) {
    return type == null ? null : type.name();
  }

  @Nullable JType argument(int index) {
    return index < arguments.size() ? arguments.get(index) : null;
  }
}
