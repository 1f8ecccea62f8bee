package dev.faultline.scanner.lowering;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.Set;
import dev.faultline.analysis.model.Anchor;
import dev.faultline.analysis.view.CodeView;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The code view over JavaParser nodes: what a call, a type or a constant is, from the file, its imports, the library
 * tables and, given a class path, the symbol solver (all through the file's {@link Resolver}).
 */
final class JavaParserCodeView implements CodeView<Node> {
  private final Resolver resolver;
  private final Constants constants;
  private final CalledGetters getters;

  JavaParserCodeView(Resolver resolver) {
    this(resolver, new Constants(resolver));
  }

  JavaParserCodeView(Resolver resolver, Constants constants) {
    this.resolver = resolver;
    this.constants = constants;
    this.getters = new CalledGetters(resolver, constants);
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

  // [reactive] new members above this line

  @Override
  public @Nullable String receiverType(Node call) {
    return resolver.target((MethodCallExpr) call).owner();
  }

  @Override
  public @Nullable List<String> calledThrownTypes(Node call) {
    MethodCallExpr methodCall = (MethodCallExpr) call;
    SolverBridge.SolvedMethod solved = resolver.solver().solve(methodCall);
    if (solved != null) {
      return solved.thrownTypes();
    }
    // Without a class path: every method of a FIC *Api class sends, and declares ApiException, but its accessors.
    String owner = resolver.target(methodCall).owner();
    if (owner != null && LibraryTables.packageOf(owner).equals(LibraryTables.FIC_API_PACKAGE)) {
      return LibraryTables.FIC_API_LOCAL_METHODS.contains(methodCall.getNameAsString()) ? List.of()
          : List.of(LibraryTables.FIC_API_EXCEPTION);
    }
    return null;
  }

  @Override
  public @Nullable Object constantValue(Node expression) {
    return expression instanceof Expression tree ? constants.value(tree) : null;
  }

  @Override
  public @Nullable String referencedField(Node expression) {
    if (!(expression instanceof NameExpr || expression instanceof FieldAccessExpr)) {
      return null;
    }
    Resolver.FieldRef field = resolver.fieldRef((Expression) expression);
    return field == null || field.owner() == null ? null : field.owner() + "." + field.name();
  }

  @Override
  public @Nullable String calledReturnType(Node call) {
    return getters.returnType((MethodCallExpr) call);
  }

  @Override
  public @Nullable String annotationValueOnCalledMember(Node call, String field, Set<String> annotationTypes) {
    return getters.annotationValue((MethodCallExpr) call, field, annotationTypes);
  }

  // [catalogue] new members above this line

  // [values] new members above this line
}
