package dev.faultline.scanner.lowering;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.RecordPatternExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.IfStmt;
import dev.faultline.analysis.library.ReactorRetrySpecs;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.values.ClassFacts;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reactor's retry operators on a Mono or Flux, as the Error Prone front end's {@code ReactorRetries} reads them:
 * {@code retryWhen(spec)} with a {@code reactor.util.retry.Retry} spec, and {@code retry()} / {@code retry(n)}. The
 * finding is anchored at the retry operator; a spec built in a method that applies none is judged at its
 * {@code filter} call when the filter names HTTP failures.
 */
final class ReactorRetries {
  private ReactorRetries() {}

  private static final String MONO = "reactor.core.publisher.Mono";
  private static final String FLUX = "reactor.core.publisher.Flux";
  private static final String RETRY = "reactor.util.retry.Retry";
  private static final Set<String> FACTORIES =
      Set.of("backoff", "fixedDelay", "max", "maxInARow", "indefinitely", "from", "withThrowable");

  /** A spec chain read from its outermost call: the factory that starts it, and its last filter. */
  private record Spec(MethodCallExpr factory, @Nullable Expression filter) {
    String kind() {
      return factory.getNameAsString();
    }
  }

  static Step ofCall(MethodCallExpr call, JavaParserLowering lowering) {
    Resolver resolver = lowering.context().resolver;
    if (onPublisher(call, "retry", resolver)) {
      Optional<Expression> receiver = call.getScope();
      return receiver.isPresent() && sendsRequest(receiver.get(), lowering)
          ? ReactorRetrySpecs.libraryRetry(new NodeAnchor(call), "retry", Condition.TRUE, true, () -> Step.RetryDelay.NONE)
          : Step.NOTHING;
    }
    if (onPublisher(call, "retryWhen", resolver) && call.getArguments().size() == 1) {
      Spec spec = spec(followed(call.getArguments().get(0), call, resolver), resolver);
      Optional<Expression> receiver = call.getScope();
      return spec == null ? Step.NOTHING
          : judge(call, spec, receiver.isPresent() && sendsRequest(receiver.get(), lowering), lowering);
    }
    if (isFilter(call, resolver) && !appliesRetryWhen(call, resolver)) {
      Spec spec = spec(call, resolver);
      return spec == null ? Step.NOTHING : judge(call, spec, false, lowering);
    }
    return Step.NOTHING;
  }

  private static boolean onPublisher(MethodCallExpr call, String name, Resolver resolver) {
    if (!call.getNameAsString().equals(name)) {
      return false;
    }
    Resolver.CallTarget target = resolver.target(call);
    return !target.isStatic() && (resolver.isSubtype(target.owner(), MONO) || resolver.isSubtype(target.owner(), FLUX));
  }

  private static boolean isFactory(MethodCallExpr call, Resolver resolver) {
    if (!FACTORIES.contains(call.getNameAsString())) {
      return false;
    }
    Resolver.CallTarget target = resolver.target(call);
    return target.isStatic() && RETRY.equals(target.owner());
  }

  private static boolean isFilter(MethodCallExpr call, Resolver resolver) {
    if (!call.getNameAsString().equals("filter")) {
      return false;
    }
    Resolver.CallTarget target = resolver.target(call);
    return !target.isStatic() && resolver.isSubtype(target.owner(), RETRY);
  }

  /**
   * The retry a spec configures. A filter (or the guard of a {@code Retry.from} function) decides which failures are
   * retried; without one every error is, and that counts as HTTP failures only when the retried publisher sends.
   */
  private static Step judge(Node anchor, Spec spec, boolean publisherSends, JavaParserLowering lowering) {
    Condition retriedWhen = Condition.TRUE;
    if (spec.filter() != null) {
      Expression filter = JavaParserCodeView.strip(spec.filter());
      retriedWhen = !(filter instanceof LambdaExpr lambda) ? Condition.UNKNOWN
          : lambda.getExpressionBody().isPresent() ? failureTest(lambda.getExpressionBody().get(), lowering)
          : lowering.lambdaCondition(lambda);
    } else if (ReactorRetrySpecs.isCustom(spec.kind()) && !spec.factory().getArguments().isEmpty()) {
      retriedWhen = guard(spec.factory().getArguments().get(0), lowering);
    }
    return ReactorRetrySpecs.libraryRetry(new NodeAnchor(anchor), spec.kind(), retriedWhen, publisherSends,
        () -> customDelay(spec.factory().getArguments().get(0), lowering));
  }

  /**
   * A test of the failure: {@code instanceof} an HTTP or transport exception type stands for its statuses (a
   * transport failure for {@code WebClientRequestException}); the rest is lowered as any condition is.
   */
  private static Condition failureTest(Expression expression, JavaParserLowering lowering) {
    Expression tree = JavaParserCodeView.strip(expression);
    if (tree instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
      return Condition.not(failureTest(unary.getExpression(), lowering));
    }
    if (tree instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.AND) {
      return Condition.and(failureTest(binary.getLeft(), lowering), failureTest(binary.getRight(), lowering));
    }
    if (tree instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.OR) {
      return Condition.or(failureTest(binary.getLeft(), lowering), failureTest(binary.getRight(), lowering));
    }
    if (tree instanceof InstanceOfExpr instanceOf
        && !(instanceOf.getPattern().isPresent() && instanceOf.getPattern().get() instanceof RecordPatternExpr)) {
      String resolved = lowering.context().resolver.resolveType(instanceOf.getType());
      String name = resolved == null ? "" : resolved;
      Condition named = ReactorRetrySpecs.failureType(name);
      if (named != null) {
        return named;
      }
    }
    return lowering.conditionOf(tree);
  }

  /** The spec chain an expression ends with, or null when it is not one. */
  private static @Nullable Spec spec(@Nullable Expression expression, Resolver resolver) {
    Expression filter = null;
    Expression tree = expression == null ? null : JavaParserCodeView.strip(expression);
    while (tree instanceof MethodCallExpr stage) {
      if (isFactory(stage, resolver)) {
        return new Spec(stage, filter);
      }
      if (filter == null && isFilter(stage, resolver) && stage.getArguments().size() == 1) {
        filter = stage.getArguments().get(0);
      }
      tree = stage.getScope().map(JavaParserCodeView::strip).orElse(null);
    }
    return null;
  }

  /** A spec passed by name: the initializer of a same-method local variable or of a same-class field. */
  private static Expression followed(Expression argument, MethodCallExpr call, Resolver resolver) {
    Expression tree = JavaParserCodeView.strip(argument);
    if (!(tree instanceof NameExpr) && !(tree instanceof FieldAccessExpr)) {
      return tree;
    }
    Node declaration = resolver.declarationOf(tree);
    if (!(declaration instanceof VariableDeclarator variable) || variable.getInitializer().isEmpty()) {
      return tree;
    }
    Optional<Node> field = variable.getParentNode().filter(FieldDeclaration.class::isInstance);
    Node method = enclosingMethod(call);
    boolean sameClass = field.isPresent() && method != null
        && Nodes.same(SourceFile.enclosingClass(field.get()).orElse(null), SourceFile.enclosingClass(method).orElse(null));
    boolean sameMethod = field.isEmpty() && Nodes.same(enclosingMethod(variable), method);
    return sameClass || sameMethod ? variable.getInitializer().get() : tree;
  }

  private static @Nullable Node enclosingMethod(Node node) {
    for (Node current = node; current != null; current = current.getParentNode().orElse(null)) {
      if (current instanceof CallableDeclaration<?>) {
        return current;
      }
    }
    return null;
  }

  /** Whether the method around a call applies a retry operator itself (then its specs are judged there). */
  private static boolean appliesRetryWhen(MethodCallExpr call, Resolver resolver) {
    // A spec in a field initializer is followed from the retryWhen calls of its class.
    Node scope = enclosingMethod(call);
    if (scope == null) {
      scope = SourceFile.enclosingClass(call).orElse(null);
    }
    return scope != null
        && scope.findAll(MethodCallExpr.class).stream().anyMatch(c -> onPublisher(c, "retryWhen", resolver));
  }

  /** Whether the retried publisher sends an HTTP request: a recognised request, or a same-class helper that sends. */
  private static boolean sendsRequest(Expression publisher, JavaParserLowering lowering) {
    for (MethodCallExpr call : publisher.findAll(MethodCallExpr.class)) {
      ClassFacts.Helper<Node> helper = lowering.helperCalled(call);
      if (lowering.context().calls.request(call).isPresent() || (helper != null && helper.sends())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The failures a {@code Retry.from} function re-subscribes for: the negation of the test that leads to
   * {@code Mono.error(..)} (an if or a conditional expression), or every failure when it has none.
   */
  private static Condition guard(Expression function, JavaParserLowering lowering) {
    Resolver resolver = lowering.context().resolver;
    for (Node node : preorder(function)) {
      if (node instanceof IfStmt ifStmt && signalsError(ifStmt.getThenStmt(), resolver)) {
        return Condition.not(failureTest(ifStmt.getCondition(), lowering));
      }
      if (node instanceof ConditionalExpr conditional) {
        if (signalsError(conditional.getThenExpr(), resolver)) {
          return Condition.not(failureTest(conditional.getCondition(), lowering));
        }
        if (signalsError(conditional.getElseExpr(), resolver)) {
          return failureTest(conditional.getCondition(), lowering);
        }
      }
    }
    return Condition.TRUE;
  }

  private static List<Node> preorder(Node root) {
    List<Node> nodes = new java.util.ArrayList<>();
    root.walk(Node.TreeTraversal.PREORDER, nodes::add);
    return nodes;
  }

  /** Whether a branch ends the retries with an error signal ({@code Mono.error}, {@code Flux.error}). */
  private static boolean signalsError(Node branch, Resolver resolver) {
    return branch.findAll(MethodCallExpr.class).stream().anyMatch(call -> {
      if (!call.getNameAsString().equals("error")) {
        return false;
      }
      Resolver.CallTarget target = resolver.target(call);
      return MONO.equals(target.owner()) || FLUX.equals(target.owner());
    });
  }

  /**
   * The delay of a {@code Retry.from} function: RETRY_AFTER when it reads the Retry-After header (itself or through a
   * same-class helper), OWN when it delays otherwise, NONE when it re-subscribes at once.
   */
  private static Step.RetryDelay customDelay(Expression function, JavaParserLowering lowering) {
    boolean retryAfter = false;
    boolean delays = false;
    for (MethodCallExpr call : function.findAll(MethodCallExpr.class)) {
      ClassFacts.Helper<Node> helper = lowering.helperCalled(call);
      if (lowering.context().calls.readsRetryAfter(call)
          || (helper != null && (helper.returnsRetryAfter() || helper.waitsForRetryAfter()))) {
        retryAfter = true;
      }
      if (call.getNameAsString().startsWith("delay") || lowering.context().calls.sleep(call)) {
        delays = true;
      }
    }
    return retryAfter ? Step.RetryDelay.RETRY_AFTER : delays ? Step.RetryDelay.OWN : Step.RetryDelay.NONE;
  }
}
