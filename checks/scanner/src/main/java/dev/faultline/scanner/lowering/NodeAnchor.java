package dev.faultline.scanner.lowering;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.faultline.analysis.model.Anchor;
import java.util.Optional;

/**
 * An anchor on a JavaParser node. Anchors compare by node identity (JavaParser nodes themselves compare
 * structurally, which would merge two identical calls at different places).
 */
public final class NodeAnchor implements Anchor {
  private final Node node;

  public NodeAnchor(Node node) {
    this.node = node;
  }

  public Node node() {
    return node;
  }

  /** Where a finding on this anchor is reported: a call at its method name, anything else at its start. */
  public Optional<Position> position() {
    if (node instanceof MethodCallExpr call) {
      return call.getName().getBegin();
    }
    return node.getBegin();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NodeAnchor that && Nodes.same(that.node, node);
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(node);
  }

  @Override
  public String toString() {
    return "NodeAnchor[" + position().map(Position::toString).orElse("?") + " " + node + "]";
  }
}
