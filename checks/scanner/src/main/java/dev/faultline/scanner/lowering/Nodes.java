package dev.faultline.scanner.lowering;

import com.github.javaparser.ast.Node;
import org.jspecify.annotations.Nullable;

/**
 * JavaParser nodes compare structurally; the lowering needs identity (the same place in the
 * source).
 */
final class Nodes {
  private Nodes() {}

  @SuppressWarnings(
      "ReferenceEquality") // identity on purpose: two equal-looking calls are different requests
  static boolean same(@Nullable Node a, @Nullable Node b) {
    return a == b;
  }
}
