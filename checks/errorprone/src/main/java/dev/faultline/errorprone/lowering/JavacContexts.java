package dev.faultline.errorprone.lowering;

import com.sun.tools.javac.util.Context;
import java.util.function.Supplier;

/** What the checks keep in javac's context: it lives as long as the compilation. */
final class JavacContexts {
  private JavacContexts() {}

  /** The value kept under {@code key}, created by {@code create} the first time. */
  static <T> T getOrCreate(Context context, Context.Key<T> key, Supplier<T> create) {
    T known = context.get(key);
    if (known == null) {
      known = create.get();
      context.put(key, known);
    }
    return known;
  }
}
