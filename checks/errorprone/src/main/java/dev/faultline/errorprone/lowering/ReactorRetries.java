package dev.faultline.errorprone.lowering;

import com.google.errorprone.VisitorState;
import com.google.errorprone.matchers.Matcher;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import dev.faultline.analysis.library.ReactorRetrySpecs;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.values.ClassFacts;
import static com.google.errorprone.matchers.method.MethodMatchers.instanceMethod;
import static com.google.errorprone.matchers.method.MethodMatchers.staticMethod;

/**
 * Reactor's retry operators on a Mono or Flux: {@code retryWhen(spec)} with a {@code reactor.util.retry.Retry} spec
 * ({@code Retry.backoff}, {@code fixedDelay}, {@code max}, {@code maxInARow}, {@code indefinitely}, optionally
 * {@code .filter(predicate)}; {@code Retry.from} / {@code withThrowable} with a function of their own), and
 * {@code retry()} / {@code retry(n)}. The finding is anchored at the retry operator; a spec built in a method that
 * applies none (a {@code @Bean}, a factory method) is judged at its {@code filter} call when the filter names HTTP
 * failures.
 */
final class ReactorRetries {
  private ReactorRetries() {}

  private static final String MONO = "reactor.core.publisher.Mono";
  private static final String FLUX = "reactor.core.publisher.Flux";
  private static final String RETRY = "reactor.util.retry.Retry";

  private static final Matcher<ExpressionTree> RETRY_WHEN =
      instanceMethod().onDescendantOfAny(MONO, FLUX).named("retryWhen");
  private static final Matcher<ExpressionTree> RETRY_EVERY_ERROR =
      instanceMethod().onDescendantOfAny(MONO, FLUX).named("retry");
  private static final Matcher<ExpressionTree> SPEC_FACTORY = staticMethod().onClass(RETRY)
      .namedAnyOf("backoff", "fixedDelay", "max", "maxInARow", "indefinitely", "from", "withThrowable");
  private static final Matcher<ExpressionTree> SPEC_FILTER = instanceMethod().onDescendantOf(RETRY).named("filter");

  /** A spec chain read from its outermost call: the factory that starts it, and its last filter. */
  private record Spec(MethodInvocationTree factory, ExpressionTree filter) {
    String kind() {
      return ASTHelpers.getSymbol(factory).getSimpleName().toString();
    }
  }

  static Step ofCall(MethodInvocationTree call, JavacLowering lowering) {
    VisitorState state = lowering.state();
    if (RETRY_EVERY_ERROR.matches(call, state)) {
      ExpressionTree receiver = ASTHelpers.getReceiver(call);
      return receiver != null && sendsRequest(receiver, lowering)
          ? ReactorRetrySpecs.libraryRetry(new TreeAnchor(call), "retry", Condition.TRUE, true, () -> Step.RetryDelay.NONE)
          : Step.NOTHING;
    }
    if (RETRY_WHEN.matches(call, state) && call.getArguments().size() == 1) {
      Spec spec = spec(followed(call.getArguments().get(0), state), state);
      ExpressionTree receiver = ASTHelpers.getReceiver(call);
      return spec == null ? Step.NOTHING
          : judge(call, spec, receiver != null && sendsRequest(receiver, lowering), lowering);
    }
    if (SPEC_FILTER.matches(call, state) && !appliesRetryWhen(state)) {
      Spec spec = spec(call, state);
      return spec == null ? Step.NOTHING : judge(call, spec, false, lowering);
    }
    return Step.NOTHING;
  }

  /**
   * The retry a spec configures. A filter (or the guard of a {@code Retry.from} function) decides which failures are
   * retried; without one every error is, and that counts as HTTP failures only when the retried publisher sends.
   */
  private static Step judge(Tree anchor, Spec spec, boolean publisherSends, JavacLowering lowering) {
    Condition retriedWhen = Condition.TRUE;
    if (spec.filter() != null) {
      ExpressionTree filter = JavacCodeView.strip(spec.filter());
      retriedWhen = !(filter instanceof LambdaExpressionTree lambda) ? Condition.UNKNOWN
          : lambda.getBody() instanceof ExpressionTree test ? failureTest(test, lowering)
          : lowering.lambdaCondition(lambda);
    } else if (ReactorRetrySpecs.isCustom(spec.kind()) && !spec.factory().getArguments().isEmpty()) {
      retriedWhen = guard(spec.factory().getArguments().get(0), lowering);
    }
    return ReactorRetrySpecs.libraryRetry(new TreeAnchor(anchor), spec.kind(), retriedWhen, publisherSends,
        () -> customDelay(spec.factory().getArguments().get(0), lowering));
  }

  /**
   * A test of the failure: {@code instanceof} an HTTP or transport exception type stands for its statuses (a
   * transport failure for {@code WebClientRequestException}); the rest is lowered as any condition is.
   */
  private static Condition failureTest(ExpressionTree expression, JavacLowering lowering) {
    ExpressionTree tree = JavacCodeView.strip(expression);
    return switch (tree.getKind()) {
      case LOGICAL_COMPLEMENT -> Condition.not(failureTest(((UnaryTree) tree).getExpression(), lowering));
      case CONDITIONAL_AND -> Condition.and(failureTest(((BinaryTree) tree).getLeftOperand(), lowering),
          failureTest(((BinaryTree) tree).getRightOperand(), lowering));
      case CONDITIONAL_OR -> Condition.or(failureTest(((BinaryTree) tree).getLeftOperand(), lowering),
          failureTest(((BinaryTree) tree).getRightOperand(), lowering));
      case INSTANCE_OF -> instanceOf((InstanceOfTree) tree, lowering);
      default -> lowering.conditionOf(tree);
    };
  }

  private static Condition instanceOf(InstanceOfTree tree, JavacLowering lowering) {
    Type type = tree.getType() == null ? null : ASTHelpers.getType(tree.getType());
    String name = type == null || type.tsym == null ? "" : type.tsym.getQualifiedName().toString();
    Condition named = ReactorRetrySpecs.failureType(name);
    return named != null ? named : lowering.conditionOf(tree);
  }

  /** The spec chain an expression ends with, or null when it is not one. */
  private static Spec spec(ExpressionTree expression, VisitorState state) {
    ExpressionTree filter = null;
    ExpressionTree tree = expression == null ? null : JavacCodeView.strip(expression);
    while (tree instanceof MethodInvocationTree stage) {
      if (SPEC_FACTORY.matches(stage, state)) {
        return new Spec(stage, filter);
      }
      if (filter == null && SPEC_FILTER.matches(stage, state) && stage.getArguments().size() == 1) {
        filter = stage.getArguments().get(0);
      }
      ExpressionTree receiver = ASTHelpers.getReceiver(stage);
      tree = receiver == null ? null : JavacCodeView.strip(receiver);
    }
    return null;
  }

  /** A spec passed by name: the initializer of a same-method local variable or of a same-class field. */
  private static ExpressionTree followed(ExpressionTree argument, VisitorState state) {
    ExpressionTree tree = JavacCodeView.strip(argument);
    if (!(tree instanceof IdentifierTree) && !(tree instanceof MemberSelectTree)) {
      return tree;
    }
    Symbol symbol = ASTHelpers.getSymbol(tree);
    if (!(symbol instanceof Symbol.VarSymbol)) {
      return tree;
    }
    ExpressionTree[] found = {null};
    TreeScanner<Void, Void> finder = new TreeScanner<>() {
      @Override
      public Void visitVariable(VariableTree variable, Void unused) {
        if (symbol.equals(ASTHelpers.getSymbol(variable)) && variable.getInitializer() != null) {
          found[0] = variable.getInitializer();
        }
        return super.visitVariable(variable, null);
      }
    };
    MethodTree method = state.findEnclosing(MethodTree.class);
    if (method != null && method.getBody() != null) {
      finder.scan(method.getBody(), null);
    }
    ClassTree owner = state.findEnclosing(ClassTree.class);
    if (found[0] == null && owner != null) {
      for (Tree member : owner.getMembers()) {
        if (member instanceof VariableTree) {
          finder.scan(member, null);
        }
      }
    }
    return found[0] == null ? tree : found[0];
  }

  /** Whether the method being lowered applies a retry operator itself (then its specs are judged there). */
  private static boolean appliesRetryWhen(VisitorState state) {
    // A spec in a field initializer is followed from the retryWhen calls of its class.
    Tree method = state.findEnclosing(MethodTree.class);
    if (method == null) {
      method = state.findEnclosing(com.sun.source.tree.ClassTree.class);
    }
    if (method == null) {
      return false;
    }
    boolean[] applies = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        applies[0] |= RETRY_WHEN.matches(call, state);
        return super.visitMethodInvocation(call, null);
      }
    }.scan(method, null);
    return applies[0];
  }

  /** Whether the retried publisher sends an HTTP request: a recognised request, or a same-class helper that sends. */
  private static boolean sendsRequest(ExpressionTree publisher, JavacLowering lowering) {
    boolean[] sends = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        ClassFacts.Helper<Tree> helper = lowering.helperCalled(call);
        sends[0] |= HttpCalls.request(call, lowering.state()).isPresent() || (helper != null && helper.sends());
        return super.visitMethodInvocation(call, null);
      }
    }.scan(publisher, null);
    return sends[0];
  }

  /**
   * The failures a {@code Retry.from} function re-subscribes for: the negation of the test that leads to
   * {@code Mono.error(..)} (an if or a conditional expression), or every failure when it has none.
   */
  private static Condition guard(ExpressionTree function, JavacLowering lowering) {
    Condition[] guard = {Condition.TRUE};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitIf(IfTree tree, Void unused) {
        if (guard[0].equals(Condition.TRUE) && signalsError(tree.getThenStatement())) {
          guard[0] = Condition.not(failureTest(tree.getCondition(), lowering));
        }
        return super.visitIf(tree, null);
      }

      @Override
      public Void visitConditionalExpression(ConditionalExpressionTree tree, Void unused) {
        if (guard[0].equals(Condition.TRUE)) {
          if (signalsError(tree.getTrueExpression())) {
            guard[0] = Condition.not(failureTest(tree.getCondition(), lowering));
          } else if (signalsError(tree.getFalseExpression())) {
            guard[0] = failureTest(tree.getCondition(), lowering);
          }
        }
        return super.visitConditionalExpression(tree, null);
      }
    }.scan(function, null);
    return guard[0];
  }

  /** Whether a branch ends the retries with an error signal ({@code Mono.error}, {@code Flux.error}). */
  private static boolean signalsError(Tree branch) {
    boolean[] errors = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        Symbol.MethodSymbol symbol = ASTHelpers.getSymbol(call);
        errors[0] |= symbol != null && symbol.getSimpleName().contentEquals("error")
            && (symbol.owner.getQualifiedName().contentEquals(MONO)
                || symbol.owner.getQualifiedName().contentEquals(FLUX));
        return super.visitMethodInvocation(call, null);
      }
    }.scan(branch, null);
    return errors[0];
  }

  /**
   * The delay of a {@code Retry.from} function: RETRY_AFTER when it reads the Retry-After header (itself or through a
   * same-class helper), OWN when it delays otherwise, NONE when it re-subscribes at once.
   */
  private static Step.RetryDelay customDelay(ExpressionTree function, JavacLowering lowering) {
    boolean[] found = {false, false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        ClassFacts.Helper<Tree> helper = lowering.helperCalled(call);
        if (HttpCalls.readsRetryAfter(call)
            || (helper != null && (helper.returnsRetryAfter() || helper.waitsForRetryAfter()))) {
          found[0] = true;
        }
        String name = ASTHelpers.getSymbol(call) == null ? ""
            : ASTHelpers.getSymbol(call).getSimpleName().toString();
        if (name.startsWith("delay") || HttpCalls.SLEEP.matches(call, lowering.state())) {
          found[1] = true;
        }
        return super.visitMethodInvocation(call, null);
      }
    }.scan(function, null);
    return found[0] ? Step.RetryDelay.RETRY_AFTER : found[1] ? Step.RetryDelay.OWN : Step.RetryDelay.NONE;
  }
}
