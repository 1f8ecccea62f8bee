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

  static @Nullable String erasure(@Nullable JType type) {
    return type == null ? null : type.name();
  }

  @Nullable JType argument(int index) {
    return index < arguments.size() ? arguments.get(index) : null;
  }
}
