package dev.faultline.errorprone.lowering;

import com.sun.source.tree.ClassTree;
import com.sun.source.util.TreeScanner;

/**
 * A scanner that asks whether any node of an expression has some property; it does not look into
 * class bodies (anonymous classes run elsewhere). Subclasses return true from a visit method to
 * report a match.
 */
abstract class AnyMatchScanner extends TreeScanner<Boolean, Void> {
  @Override
  public final Boolean visitClass(ClassTree tree, Void unused) {
    return false;
  }

  @Override
  public final Boolean reduce(Boolean left, Boolean right) {
    return Boolean.TRUE.equals(left) || Boolean.TRUE.equals(right);
  }

  /** Whether any node of {@code tree} matches. */
  final boolean anyIn(com.sun.source.tree.Tree tree) {
    return Boolean.TRUE.equals(scan(tree, null));
  }
}
