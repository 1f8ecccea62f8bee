package dev.faultline.scanner.lowering;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.RecordPatternExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.IfStmt;
import dev.faultline.analysis.model.Anchor;
import dev.faultline.analysis.view.CodeView;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The code view over JavaParser nodes: what a call, a type or a constant is, from the file, its imports, the library
 * tables and, given a class path, the symbol solver (all through the file's {@link Resolver}).
 */
final class JavaParserCodeView implements CodeView<Node> {
  private final Resolver resolver;

  JavaParserCodeView(Resolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public Node strip(Node expression) {
    return expression instanceof Expression tree ? Operands.strip(tree) : expression;
  }

  @Override
  public @Nullable String typeOf(Node expression) {
    return expression instanceof Expression tree ? resolver.typeOf(tree) : null;
  }

  @Override
  public boolean isSubtype(@Nullable String type, String supertype) {
    return resolver.isSubtype(type, supertype);
  }

  @Override
  public @Nullable Object literalValue(Node expression) {
    if (expression instanceof IntegerLiteralExpr literal) {
      return literal.asNumber();
    } else if (expression instanceof LongLiteralExpr literal) {
      return literal.asNumber();
    } else if (expression instanceof StringLiteralExpr literal) {
      return literal.asString();
    } else if (expression instanceof BooleanLiteralExpr literal) {
      return literal.getValue();
    } else if (expression instanceof CharLiteralExpr literal) {
      return literal.asChar();
    } else if (expression instanceof DoubleLiteralExpr literal) {
      return literal.asDouble();
    }
    return null;
  }

  @Override
  public @Nullable String classLiteralType(Node expression) {
    if (!(expression instanceof ClassExpr literal)) {
      return null;
    }
    String type = resolver.resolveType(literal.getType());
    return type == null ? "" : type;
  }

  @Override
  public boolean isLambda(Node expression) {
    return expression instanceof LambdaExpr;
  }

  @Override
  public int lambdaParameterCount(Node lambda) {
    return ((LambdaExpr) lambda).getParameters().size();
  }

  @Override
  public Anchor anchor(Node node) {
    return new NodeAnchor(node);
  }

  @Override
  public boolean isCall(Node expression) {
    return expression instanceof MethodCallExpr;
  }

  @Override
  public String calledName(Node call) {
    return ((MethodCallExpr) call).getNameAsString();
  }

  @Override
  public @Nullable String calledOwner(Node call) {
    return resolver.target((MethodCallExpr) call).owner();
  }

  @Override
  public boolean isStaticCall(Node call) {
    return resolver.target((MethodCallExpr) call).isStatic();
  }

  @Override
  public @Nullable Node receiver(Node call) {
    return ((MethodCallExpr) call).getScope().orElse(null);
  }

  @Override
  public List<? extends Node> arguments(Node call) {
    return call instanceof ObjectCreationExpr creation ? creation.getArguments()
        : ((MethodCallExpr) call).getArguments();
  }

  @Override
  public List<Node> callsIn(Node root) {
    return List.copyOf(root.findAll(MethodCallExpr.class));
  }

  // [spring] new members above this line

  // [hooks] new members above this line

  @Override
  public @Nullable Node lambdaExpressionBody(Node lambda) {
    return ((LambdaExpr) lambda).getExpressionBody().orElse(null);
  }

  @Override
  public @Nullable String instanceOfType(Node expression) {
    if (!(expression instanceof InstanceOfExpr test)
        || test.getPattern().filter(RecordPatternExpr.class::isInstance).isPresent()) {
      return null;
    }
    String type = resolver.resolveType(test.getType());
    return type == null ? "" : type;
  }

  @Override
  public @Nullable String logicalOperator(Node expression) {
    if (expression instanceof UnaryExpr unary) {
      return unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT ? "!" : null;
    }
    if (expression instanceof BinaryExpr binary) {
      return binary.getOperator() == BinaryExpr.Operator.AND ? "&&"
          : binary.getOperator() == BinaryExpr.Operator.OR ? "||" : null;
    }
    return null;
  }

  @Override
  public List<? extends Node> logicalOperands(Node expression) {
    return expression instanceof BinaryExpr binary ? List.of(binary.getLeft(), binary.getRight())
        : List.of(((UnaryExpr) expression).getExpression());
  }

  @Override
  public List<Node> conditionalsIn(Node root) {
    List<Node> conditionals = new ArrayList<>();
    root.walk(Node.TreeTraversal.PREORDER, node -> {
      if (node instanceof IfStmt || node instanceof ConditionalExpr) {
        conditionals.add(node);
      }
    });
    return conditionals;
  }

  @Override
  public Node conditionalTest(Node conditional) {
    return conditional instanceof IfStmt statement ? statement.getCondition()
        : ((ConditionalExpr) conditional).getCondition();
  }

  @Override
  public Node conditionalThen(Node conditional) {
    return conditional instanceof IfStmt statement ? statement.getThenStmt()
        : ((ConditionalExpr) conditional).getThenExpr();
  }

  @Override
  public @Nullable Node conditionalElse(Node conditional) {
    return conditional instanceof ConditionalExpr expression ? expression.getElseExpr() : null;
  }

  // [reactive] new members above this line

  // [catalogue] new members above this line

  // [values] new members above this line
}
