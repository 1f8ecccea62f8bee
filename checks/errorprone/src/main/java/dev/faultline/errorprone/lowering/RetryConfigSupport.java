package dev.faultline.errorprone.lowering;

import com.google.errorprone.VisitorState;
import com.google.errorprone.matchers.Matcher;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import dev.faultline.analysis.library.TypeFilteredRetry;
import dev.faultline.analysis.model.Step;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * What the Spring retry recognisers read from javac trees: retry annotations and their attributes, class literals,
 * builder chains, the work a retry template runs, and whether a back-off class of the file reads Retry-After.
 */
final class RetryConfigSupport {
  private RetryConfigSupport() {}

  /** The annotation of the given type on a method, or null. */
  static AnnotationTree annotation(MethodTree method, String type) {
    for (AnnotationTree annotation : method.getModifiers().getAnnotations()) {
      if (type.equals(JavacLowering.qualifiedName(ASTHelpers.getType(annotation.getAnnotationType())))) {
        return annotation;
      }
    }
    return null;
  }

  /** An attribute's value as written ({@code value} for the single unnamed one), or null when it is not written. */
  static ExpressionTree attribute(AnnotationTree annotation, String name) {
    for (ExpressionTree argument : annotation.getArguments()) {
      if (argument instanceof AssignmentTree assignment) {
        if (assignment.getVariable() instanceof IdentifierTree id && id.getName().contentEquals(name)) {
          return assignment.getExpression();
        }
      } else if (name.equals("value")) {
        return argument;
      }
    }
    return null;
  }

  /** Whether an attribute is written with a non-empty value (not {@code ""}, not <code>{}</code>). */
  static boolean written(AnnotationTree annotation, String name) {
    ExpressionTree value = attribute(annotation, name);
    if (value == null || "".equals(ASTHelpers.constValue(value))) {
      return false;
    }
    return !(value instanceof NewArrayTree array) || !array.getInitializers().isEmpty();
  }

  /** The types named by the class literals of the given attributes. */
  static List<String> classAttributes(AnnotationTree annotation, String... names) {
    List<String> types = new ArrayList<>();
    for (String name : names) {
      ExpressionTree value = attribute(annotation, name);
      if (value != null) {
        types.addAll(classLiterals(value));
      }
    }
    return types;
  }

  /** The types named by the class literals in an expression ({@code X.class}, arrays and lists of them). */
  static List<String> classLiterals(Tree tree) {
    List<String> types = new ArrayList<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMemberSelect(MemberSelectTree select, Void unused) {
        if (select.getIdentifier().contentEquals("class")) {
          types.add(JavacLowering.qualifiedName(ASTHelpers.getType(select.getExpression())));
          return null;
        }
        return super.visitMemberSelect(select, null);
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree lambda, Void unused) {
        return null;
      }
    }.scan(tree, null);
    return types;
  }

  /** The types named by the class literals in the arguments of a call. */
  static List<String> classLiterals(List<? extends ExpressionTree> arguments) {
    List<String> types = new ArrayList<>();
    arguments.forEach(argument -> types.addAll(classLiterals(argument)));
    return types;
  }

  /** The value of an int or long literal, or null. */
  static Long integerLiteral(ExpressionTree tree) {
    return tree instanceof LiteralTree literal && literal.getValue() instanceof Number number
        && !(number instanceof Double) && !(number instanceof Float) ? number.longValue() : null;
  }

  /** The calls of a builder chain, from its first call to {@code outer}. */
  static List<MethodInvocationTree> chain(MethodInvocationTree outer) {
    Deque<MethodInvocationTree> calls = new ArrayDeque<>();
    ExpressionTree tree = outer;
    while (tree instanceof MethodInvocationTree call) {
      calls.addFirst(call);
      ExpressionTree receiver = ASTHelpers.getReceiver(call);
      tree = receiver == null ? null : JavacCodeView.strip(receiver);
    }
    return new ArrayList<>(calls);
  }

  /**
   * Whether the work that the retry templates run in the method declaring {@code config} fails on HTTP errors: a
   * lambda passed to one of the {@code execute} calls there sends a request.
   */
  static boolean executedWorkFailsOnHttpErrors(
      Tree config, Matcher<ExpressionTree> execute, JavacLowering lowering) {
    for (MethodInvocationTree call : callsInEnclosingMethod(config, execute, lowering.state())) {
      for (ExpressionTree argument : call.getArguments()) {
        if (JavacCodeView.strip(argument) instanceof LambdaExpressionTree lambda
            && TypeFilteredRetry.failsOnHttpErrors(lowering.lowerRetriedWork(lambda))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The calls a matcher accepts in the method that declares {@code config}, outside nested classes. */
  static List<MethodInvocationTree> callsInEnclosingMethod(
      Tree config, Matcher<ExpressionTree> matcher, VisitorState state) {
    MethodTree method = enclosingMethod(config, state);
    List<MethodInvocationTree> calls = new ArrayList<>();
    if (method == null || method.getBody() == null) {
      return calls;
    }
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        if (matcher.matches(call, state)) {
          calls.add(call);
        }
        return super.visitMethodInvocation(call, null);
      }

      @Override
      public Void visitClass(ClassTree tree, Void unused) {
        return null;
      }
    }.scan(method.getBody(), null);
    return calls;
  }

  /** The value of a {@code true} or {@code false} literal, or null. */
  static Boolean booleanLiteral(ExpressionTree tree) {
    return (JavacCodeView.strip(tree) instanceof LiteralTree literal && literal.getValue() instanceof Boolean value)
        ? value : null;
  }

  private static MethodTree enclosingMethod(Tree tree, VisitorState state) {
    TreePath path = TreePath.getPath(state.getPath().getCompilationUnit(), tree);
    for (; path != null; path = path.getParentPath()) {
      if (path.getLeaf() instanceof MethodTree method) {
        return method;
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
  static Step.RetryDelay customDelay(ExpressionTree policy, Step.RetryDelay otherwise, VisitorState state) {
    ExpressionTree tree = JavacCodeView.strip(policy);
    Type type = ASTHelpers.getType(tree);
    Optional<ClassTree> declared = declaredInFile(type, state);
    if (declared.isPresent()) {
      return readsRetryAfter(declared.get()) ? Step.RetryDelay.RETRY_AFTER : otherwise;
    }
    if (TypeFilteredRetry.isLibraryBackOff(JavacLowering.qualifiedName(type))) {
      return otherwise;
    }
    return Step.RetryDelay.RETRY_AFTER;
  }

  /**
   * The method of that name of the class a class literal ({@code Predicate.class}) names, when this file declares the
   * class; null otherwise.
   */
  static MethodTree declaredMethod(ExpressionTree classLiteral, String name, VisitorState state) {
    if (!(JavacCodeView.strip(classLiteral) instanceof MemberSelectTree select)
        || !select.getIdentifier().contentEquals("class")) {
      return null;
    }
    Optional<ClassTree> declared = declaredInFile(ASTHelpers.getType(select.getExpression()), state);
    if (declared.isEmpty()) {
      return null;
    }
    for (Tree member : declared.get().getMembers()) {
      if (member instanceof MethodTree method && method.getName().contentEquals(name) && method.getBody() != null) {
        return method;
      }
    }
    return null;
  }

  private static Optional<ClassTree> declaredInFile(Type type, VisitorState state) {
    if (type == null || type.tsym == null) {
      return Optional.empty();
    }
    Symbol wanted = type.tsym;
    ClassTree[] found = {null};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitClass(ClassTree tree, Void unused) {
        if (wanted.equals(ASTHelpers.getSymbol(tree))) {
          found[0] = tree;
          return null;
        }
        return super.visitClass(tree, null);
      }
    }.scan(state.getPath().getCompilationUnit(), null);
    return Optional.ofNullable(found[0]);
  }

  private static boolean readsRetryAfter(ClassTree declaration) {
    boolean[] reads = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void scan(Tree tree, Void unused) {
        if (tree instanceof ExpressionTree expression && HttpCalls.isRetryAfterName(expression)) {
          reads[0] = true;
        }
        return super.scan(tree, null);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        if (ASTHelpers.getSymbol(call) != null && HttpCalls.readsRetryAfter(call)) {
          reads[0] = true;
        }
        return super.visitMethodInvocation(call, null);
      }
    }.scan(declaration, null);
    return reads[0];
  }
}
