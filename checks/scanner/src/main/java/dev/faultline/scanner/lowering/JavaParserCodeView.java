package dev.faultline.scanner.lowering;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.PrimitiveType;
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
  private @Nullable Constants constants;

  JavaParserCodeView(Resolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public Node strip(Node expression) {
    return expression instanceof Expression tree ? strip(tree) : expression;
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
    if (call instanceof ExplicitConstructorInvocationStmt invocation) {
      return invocation.getArguments();
    }
    return call instanceof ObjectCreationExpr creation ? creation.getArguments()
        : ((MethodCallExpr) call).getArguments();
  }

  @Override
  public List<Node> callsIn(Node root) {
    return List.copyOf(root.findAll(MethodCallExpr.class));
  }

  // [spring] new members above this line

  // [hooks] new members above this line

  // [reactive] new members above this line

  // [catalogue] new members above this line

  @Override
  public boolean isName(Node expression) {
    return expression instanceof NameExpr;
  }

  @Override
  public @Nullable Object declarationOf(Node node) {
    if (node instanceof MethodCallExpr call) {
      return resolver.target(call).declaration();
    }
    if (node instanceof ExplicitConstructorInvocationStmt call) {
      return resolver.constructorCalled(call);
    }
    if (node instanceof Expression expression) {
      return resolver.declarationOf(expression);
    }
    boolean declaration = node instanceof VariableDeclarator || node instanceof Parameter
        || node instanceof CallableDeclaration<?>;
    return declaration ? node : null;
  }

  @Override
  public List<Node> writesIn(Node code) {
    List<Node> writes = new ArrayList<>();
    collectWrites(code, writes);
    return writes;
  }

  private void collectWrites(Node node, List<Node> writes) {
    if (node instanceof TypeDeclaration<?>) {
      return;
    }
    if ((node instanceof VariableDeclarator variable && variable.getInitializer().isPresent())
        || (node instanceof AssignExpr assign && assign.getOperator() == AssignExpr.Operator.ASSIGN)) {
      writes.add(node);
    }
    for (Node child : childrenOf(node)) {
      collectWrites(child, writes);
    }
  }

  @Override
  public @Nullable Object writtenVariable(Node write) {
    return write instanceof AssignExpr assign ? resolver.declarationOf(assign.getTarget()) : write;
  }

  @Override
  public Node writtenValue(Node write) {
    return write instanceof AssignExpr assign ? assign.getValue()
        : ((VariableDeclarator) write).getInitializer().orElseThrow();
  }

  @Override
  public boolean isAssignment(Node write) {
    return write instanceof AssignExpr;
  }

  @Override
  public boolean declaresBoolean(Node write) {
    if (!(write instanceof VariableDeclarator variable)) {
      return false;
    }
    if (variable.getType() instanceof PrimitiveType primitive) {
      return primitive.getType() == PrimitiveType.Primitive.BOOLEAN;
    }
    if (variable.getType().isVarType() && variable.getParentNode().orElse(null) instanceof VariableDeclarationExpr) {
      return "boolean".equals(variable.getInitializer().map(resolver::typeOf).orElse(null));
    }
    return false;
  }

  @Override
  public List<Node> childrenOf(Node node) {
    if (node instanceof ObjectCreationExpr creation) {
      List<Node> kept = new ArrayList<>();
      creation.getScope().ifPresent(kept::add);
      kept.addAll(creation.getArguments());
      return kept;
    }
    List<Node> children = node.getChildNodes();
    Position previous = null;
    for (Node child : children) {
      Position begin = child.getBegin().orElse(null);
      if (child instanceof TypeDeclaration<?> || begin == null || (previous != null && begin.isBefore(previous))) {
        List<Node> kept = new ArrayList<>(children);
        kept.removeIf(other -> other instanceof TypeDeclaration<?>);
        return Binder.inSourceOrder(kept);
      }
      previous = begin;
    }
    return children;
  }

  @Override
  public @Nullable Object constantValue(Node expression) {
    return expression instanceof Expression tree ? constants().value(tree) : null;
  }

  private Constants constants() {
    if (constants == null) {
      constants = new Constants(resolver);
    }
    return constants;
  }

  @Override
  public List<Node> conditionalBranches(Node expression) {
    return expression instanceof ConditionalExpr conditional
        ? List.of(conditional.getThenExpr(), conditional.getElseExpr()) : List.of();
  }

  @Override
  public @Nullable String createdType(Node expression) {
    return expression instanceof ObjectCreationExpr creation ? resolver.resolveType(creation.getType()) : null;
  }

  /** An expression without the parentheses and casts around it. */
  static Expression strip(Expression expression) {
    Expression tree = stripParens(expression);
    while (tree instanceof CastExpr cast) {
      tree = stripParens(cast.getExpression());
    }
    return tree;
  }

  /** An expression without the parentheses around it. */
  static Expression stripParens(Expression expression) {
    Expression tree = expression;
    while (tree instanceof EnclosedExpr enclosed) {
      tree = enclosed.getInner();
    }
    return tree;
  }

  @Override
  public @Nullable Node outerClassOf(Node classDeclaration) {
    return classDeclaration instanceof TypeDeclaration<?> type && type.isNestedType()
        && type.getParentNode().orElse(null) instanceof TypeDeclaration<?> owner ? owner : null;
  }

  @Override
  public List<Node> methodsOf(Node classDeclaration) {
    return SourceFile.methodsWithBodies(classDeclaration);
  }

  @Override
  public List<Node> memberClassesOf(Node classDeclaration) {
    List<Node> classes = new ArrayList<>();
    for (BodyDeclaration<?> member : SourceFile.members(classDeclaration)) {
      if (member instanceof TypeDeclaration<?> nested) {
        classes.add(nested);
      }
    }
    return classes;
  }

  @Override
  public @Nullable Node bodyOf(Node method) {
    return SourceFile.body(method);
  }

  @Override
  public String methodName(Node method) {
    return SourceFile.methodName(method);
  }

  @Override
  public @Nullable Node returnedValue(Node node) {
    return node instanceof ReturnStmt returnStmt ? returnStmt.getExpression().orElse(null) : null;
  }

  @Override
  public boolean isConstructorCallStatement(Node node) {
    return node instanceof ExplicitConstructorInvocationStmt;
  }

  // [values] new members above this line
}
