package dev.faultline.scanner.lowering;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.stmt.BlockStmt;
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

  @Override
  public @Nullable Node annotation(Node declaration, String type) {
    if (!(declaration instanceof NodeWithAnnotations<?> annotated)) {
      return null;
    }
    for (AnnotationExpr annotation : annotated.getAnnotations()) {
      if (type.equals(resolver.resolveTypeName(annotation.getNameAsString(), annotation))) {
        return annotation;
      }
    }
    return null;
  }

  @Override
  public @Nullable Node attribute(Node annotation, String name) {
    if (annotation instanceof SingleMemberAnnotationExpr single) {
      return name.equals("value") ? single.getMemberValue() : null;
    }
    if (annotation instanceof NormalAnnotationExpr normal) {
      for (MemberValuePair pair : normal.getPairs()) {
        if (pair.getNameAsString().equals(name)) {
          return pair.getValue();
        }
      }
    }
    return null;
  }

  @Override
  public @Nullable List<? extends Node> arrayElements(Node value) {
    if (value instanceof ArrayCreationExpr creation) {
      return creation.getInitializer().map(ArrayInitializerExpr::getValues).orElse(null);
    }
    return value instanceof ArrayInitializerExpr array ? array.getValues() : null;
  }

  @Override
  public List<Node> classLiteralsIn(Node root) {
    List<Node> literals = new ArrayList<>();
    collectClassLiterals(root, literals);
    return literals;
  }

  private static void collectClassLiterals(Node node, List<Node> literals) {
    if (node instanceof ClassExpr) {
      literals.add(node);
      return;
    }
    if (node instanceof LambdaExpr) {
      return;
    }
    for (Node child : node.getChildNodes()) {
      collectClassLiterals(child, literals);
    }
  }

  @Override
  public @Nullable String createdType(Node expression) {
    return expression instanceof ObjectCreationExpr creation ? resolver.resolveType(creation.getType()) : null;
  }

  @Override
  public @Nullable Node declaredClass(String type) {
    return resolver.file().declaredType(type);
  }

  @Override
  public @Nullable Node declaredMethod(Node classDeclaration, String name) {
    for (Node member : SourceFile.members(classDeclaration)) {
      if (member instanceof MethodDeclaration method && method.getNameAsString().equals(name)
          && method.getBody().isPresent()) {
        return method;
      }
    }
    return null;
  }

  @Override
  public @Nullable Node methodBody(Node method) {
    return ClassFacts.body(method);
  }

  @Override
  public List<Node> callsInEnclosingMethod(Node node) {
    List<Node> calls = new ArrayList<>();
    Node method = node.getParentNode().orElse(null);
    while (method != null && !(method instanceof MethodDeclaration || method instanceof ConstructorDeclaration
        || method instanceof CompactConstructorDeclaration)) {
      method = method.getParentNode().orElse(null);
    }
    BlockStmt body = method == null ? null : ClassFacts.body(method);
    if (body != null) {
      collectCallsOutsideClasses(body, calls);
    }
    return calls;
  }

  /** The calls in a node and its descendants, outer first, outside nested class bodies (as javac's visitClass skip). */
  private static void collectCallsOutsideClasses(Node node, List<Node> calls) {
    if (node instanceof MethodCallExpr) {
      calls.add(node);
    }
    for (Node child : node.getChildNodes()) {
      if (!SourceFile.isClassLike(child)) {
        collectCallsOutsideClasses(child, calls);
      }
    }
  }

  // [spring] new members above this line

  // [hooks] new members above this line

  // [reactive] new members above this line

  // [catalogue] new members above this line

  // [values] new members above this line
}
