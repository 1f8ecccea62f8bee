package dev.faultline.scanner.lowering;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
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
import dev.faultline.analysis.library.TypeFilteredRetry;
import dev.faultline.analysis.model.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What the Spring retry recognisers read from JavaParser trees, as the Error Prone front end's
 * {@code RetryConfigSupport} does from javac trees: retry annotations and their attributes, class literals, builder
 * chains, the work a retry template runs, and whether a back-off class of the file reads Retry-After.
 */
final class RetryConfigSupport {
  private RetryConfigSupport() {}

  /** The annotation of the given type on a method, or null. */
  static @Nullable AnnotationExpr annotation(Node method, String type, Resolver resolver) {
    if (!(method instanceof NodeWithAnnotations<?> annotated)) {
      return null;
    }
    for (AnnotationExpr annotation : annotated.getAnnotations()) {
      if (type.equals(resolver.resolveTypeName(annotation.getNameAsString(), annotation))) {
        return annotation;
      }
    }
    return null;
  }

  /** An attribute's value as written ({@code value} for the single unnamed one), or null when it is not written. */
  static @Nullable Expression attribute(AnnotationExpr annotation, String name) {
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

  /** Whether an attribute is written with a non-empty value (not {@code ""}, not <code>{}</code>). */
  static boolean written(AnnotationExpr annotation, String name) {
    Expression value = attribute(annotation, name);
    if (value == null || (value instanceof StringLiteralExpr text && text.getValue().isEmpty())) {
      return false;
    }
    return !(value instanceof ArrayInitializerExpr array) || !array.getValues().isEmpty();
  }

  /** The types named by the class literals of the given attributes. */
  static List<String> classAttributes(AnnotationExpr annotation, Resolver resolver, String... names) {
    List<String> types = new ArrayList<>();
    for (String name : names) {
      Expression value = attribute(annotation, name);
      if (value != null) {
        types.addAll(classLiterals(value, resolver));
      }
    }
    return types;
  }

  /** The types named by the class literals in an expression ({@code X.class}, arrays and lists of them). */
  static List<String> classLiterals(@Nullable Node tree, Resolver resolver) {
    List<String> types = new ArrayList<>();
    if (tree != null) {
      collectClassLiterals(tree, resolver, types);
    }
    return types;
  }

  /** The types named by the class literals in the arguments of a call. */
  static List<String> classLiterals(List<? extends Node> arguments, Resolver resolver) {
    List<String> types = new ArrayList<>();
    arguments.forEach(argument -> collectClassLiterals(argument, resolver, types));
    return types;
  }

  private static void collectClassLiterals(Node node, Resolver resolver, List<String> types) {
    if (node instanceof ClassExpr literal) {
      String type = resolver.resolveType(literal.getType());
      types.add(type == null ? "" : type);
      return;
    }
    if (node instanceof LambdaExpr) {
      return;
    }
    for (Node child : node.getChildNodes()) {
      collectClassLiterals(child, resolver, types);
    }
  }

  /** The value of an int or long literal, or null. */
  static @Nullable Long integerLiteral(@Nullable Expression tree) {
    if (tree instanceof IntegerLiteralExpr literal) {
      return literal.asNumber().longValue();
    }
    if (tree instanceof LongLiteralExpr literal) {
      return literal.asNumber().longValue();
    }
    return null;
  }

  /** {@code instanceMethod().onDescendantOf(operations).namedAnyOf(names)}, the library's template included. */
  static boolean templateCall(
      MethodCallExpr call, Set<String> templates, Resolver resolver, String... names) {
    if (!List.of(names).contains(call.getNameAsString())) {
      return false;
    }
    Resolver.CallTarget target = resolver.target(call);
    return !target.isStatic() && target.owner() != null
        && templates.stream().anyMatch(type -> type.equals(target.owner()) || resolver.isSubtype(target.owner(), type));
  }

  /**
   * Whether the work that the retry templates run in the method declaring {@code config} fails on HTTP errors: a
   * lambda passed to one of the {@code execute} calls there sends a request.
   */
  static boolean executedWorkFailsOnHttpErrors(
      Node config, Predicate<MethodCallExpr> execute, JavaParserLowering lowering) {
    for (MethodCallExpr call : callsInEnclosingMethod(config, execute)) {
      for (Expression argument : call.getArguments()) {
        if (JavaParserCodeView.strip(argument) instanceof LambdaExpr lambda
            && TypeFilteredRetry.failsOnHttpErrors(lowering.lowerRetriedWork(lambda))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The calls a matcher accepts in the method that declares {@code config}, outside nested classes. */
  static List<MethodCallExpr> callsInEnclosingMethod(Node config, Predicate<MethodCallExpr> matcher) {
    Node method = enclosingMethod(config);
    BlockStmt body = method == null ? null : SourceFile.body(method);
    List<MethodCallExpr> calls = new ArrayList<>();
    if (body != null) {
      scanOutsideClasses(body, node -> {
        if (node instanceof MethodCallExpr call && matcher.test(call)) {
          calls.add(call);
        }
      });
    }
    return calls;
  }

  /** The value of a {@code true} or {@code false} literal, or null. */
  static @Nullable Boolean booleanLiteral(@Nullable Expression tree) {
    return (tree != null && JavaParserCodeView.strip(tree) instanceof BooleanLiteralExpr literal) ? literal.getValue() : null;
  }

  /** Visits a node and its descendants, without entering nested class bodies (as javac's visitClass skip does). */
  private static void scanOutsideClasses(Node node, java.util.function.Consumer<Node> visitor) {
    visitor.accept(node);
    for (Node child : node.getChildNodes()) {
      if (!SourceFile.isClassLike(child)) {
        scanOutsideClasses(child, visitor);
      }
    }
  }

  private static @Nullable Node enclosingMethod(Node node) {
    for (Node parent = node.getParentNode().orElse(null); parent != null;
        parent = parent.getParentNode().orElse(null)) {
      if (parent instanceof MethodDeclaration || parent instanceof ConstructorDeclaration
          || parent instanceof CompactConstructorDeclaration) {
        return parent;
      }
    }
    return null;
  }

  /**
   * Where the delay of a custom back-off (or a retry listener) comes from: a class of this file that reads the
   * Retry-After header gives RETRY_AFTER, one that does not gives {@code otherwise}; a back-off class of the library
   * ({@code new ExponentialBackOffPolicy()}, a {@code FixedBackOffPolicy} variable) gives {@code otherwise}; any other
   * class declared elsewhere cannot be read and counts as RETRY_AFTER, so that no finding rests on it.
   */
  static Step.RetryDelay customDelay(
      @Nullable Expression policy, Step.RetryDelay otherwise, FileLowering context) {
    if (policy == null) {
      return Step.RetryDelay.RETRY_AFTER;
    }
    Expression tree = JavaParserCodeView.strip(policy);
    String type = tree instanceof ObjectCreationExpr creation
        ? context.resolver.resolveType(creation.getType()) : context.resolver.typeOf(tree);
    Node declared = type == null ? null : context.file.declaredType(type);
    if (declared != null) {
      return readsRetryAfter(declared, context) ? Step.RetryDelay.RETRY_AFTER : otherwise;
    }
    if (type != null && TypeFilteredRetry.isLibraryBackOff(type)) {
      return otherwise;
    }
    return Step.RetryDelay.RETRY_AFTER;
  }

  /**
   * The method of that name of the class a class literal ({@code Predicate.class}) names, when this file declares the
   * class; null otherwise.
   */
  static @Nullable Node declaredMethod(@Nullable Expression classLiteral, String name, FileLowering context) {
    if (!(classLiteral instanceof ClassExpr literal)) {
      return null;
    }
    String type = context.resolver.resolveType(literal.getType());
    Node declared = type == null ? null : context.file.declaredType(type);
    if (declared == null) {
      return null;
    }
    for (Node member : SourceFile.members(declared)) {
      if (member instanceof MethodDeclaration method && method.getNameAsString().equals(name)
          && method.getBody().isPresent()) {
        return method;
      }
    }
    return null;
  }

  private static boolean readsRetryAfter(Node declaration, FileLowering context) {
    return declaration.findFirst(Expression.class, expression -> context.calls.isRetryAfterName(expression)
        || (expression instanceof MethodCallExpr call && context.calls.readsRetryAfter(call))).isPresent();
  }
}
