package dev.faultline.scanner.lowering;

import com.github.javaparser.JavaToken;
import com.github.javaparser.Position;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import dev.faultline.analysis.model.Anchor;
import java.util.Optional;

/**
 * An anchor on a JavaParser node. Anchors compare by node identity (JavaParser nodes themselves
 * compare structurally, which would merge two identical calls at different places).
 */
public final class NodeAnchor implements Anchor {
  private final Node node;

  public NodeAnchor(Node node) {
    this.node = node;
  }

  public Node node() {
    return node;
  }

  /**
   * Where a finding on this anchor is reported. javac (and so Error Prone) reports a call at its
   * opening parenthesis; the scanner reports it at the method's name, which is on the same line
   * unless the parenthesis is written on a later one, where it reports the parenthesis so that the
   * line stays the one Error Prone reports. A conditional expression is reported at its {@code ?},
   * as javac does.
   */
  public Optional<Position> position() {
    if (node instanceof MethodCallExpr call) {
      Optional<Position> name = call.getName().getBegin();
      Optional<Position> parenthesis =
          call.getName().getTokenRange().flatMap(range -> openingParenthesis(range.getEnd()));
      if (name.isPresent()
          && parenthesis.isPresent()
          && parenthesis.get().line != name.get().line) {
        return parenthesis;
      }
      return name;
    }
    if (node instanceof ExplicitConstructorInvocationStmt call) {
      Optional<JavaToken> start =
          call.getExpression().isPresent()
              ? call.getExpression().get().getTokenRange().map(TokenRange::getEnd)
              : call.getTokenRange().map(TokenRange::getBegin);
      return start.flatMap(NodeAnchor::openingParenthesis).or(node::getBegin);
    }
    if (node instanceof ConditionalExpr conditional) {
      // javac reports a conditional expression at its '?'.
      return conditional
          .getCondition()
          .getTokenRange()
          .flatMap(range -> nextToken(range.getEnd(), JavaToken.Kind.HOOK))
          .or(node::getBegin);
    }
    return node.getBegin();
  }

  private static Optional<Position> openingParenthesis(JavaToken from) {
    return nextToken(from, JavaToken.Kind.LPAREN);
  }

  private static Optional<Position> nextToken(JavaToken from, JavaToken.Kind kind) {
    for (Optional<JavaToken> token = Optional.of(from);
        token.isPresent();
        token = token.get().getNextToken()) {
      if (token.get().getKind() == kind.getKind()) {
        return token.get().getRange().map(range -> range.begin);
      }
    }
    return Optional.empty();
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
