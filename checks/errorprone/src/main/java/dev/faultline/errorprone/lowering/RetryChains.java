package dev.faultline.errorprone.lowering;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import dev.faultline.analysis.library.RetryConfiguration;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.Step;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;

/** What the builder-chain recognisers of retry libraries share in the javac front end. */
final class RetryChains {
  private RetryChains() {}

  /**
   * The calls of a builder chain ending with {@code last}, first to last: the first is the call that made the
   * builder (a static factory), each later one is called on a value of {@code builderType}.
   */
  static List<MethodInvocationTree> links(MethodInvocationTree last, String builderType) {
    Deque<MethodInvocationTree> links = new ArrayDeque<>();
    ExpressionTree current = last;
    while (current instanceof MethodInvocationTree call) {
      links.addFirst(call);
      ExpressionTree receiver = ASTHelpers.getReceiver(call);
      if (receiver == null || !builderType.equals(JavacLowering.qualifiedName(ASTHelpers.getType(receiver)))) {
        break;
      }
      current = JavacCodeView.strip(receiver);
    }
    return new ArrayList<>(links);
  }

  /** Whether a call is the static method {@code owner.name} for one of the names. */
  static boolean isStatic(MethodInvocationTree call, String owner, String... names) {
    MethodSymbol symbol = ASTHelpers.getSymbol(call);
    return symbol != null && symbol.isStatic() && symbol.owner.getQualifiedName().contentEquals(owner)
        && List.of(names).contains(symbol.getSimpleName().toString());
  }

  static String name(MethodInvocationTree call) {
    MethodSymbol symbol = ASTHelpers.getSymbol(call);
    return symbol == null ? "" : symbol.getSimpleName().toString();
  }

  /**
   * The exception types that class-literal arguments name ({@code X.class}, also inside {@code List.of(...)}), or
   * null when an argument is anything else.
   */
  static List<String> classLiterals(List<? extends ExpressionTree> arguments) {
    List<String> types = new ArrayList<>();
    for (ExpressionTree argument : arguments) {
      ExpressionTree tree = JavacCodeView.strip(argument);
      if (tree instanceof MethodInvocationTree list) {
        List<String> inner = classLiterals(list.getArguments());
        if (inner == null) {
          return null;
        }
        types.addAll(inner);
      } else if (tree instanceof MemberSelectTree select && select.getIdentifier().contentEquals("class")) {
        types.add(JavacLowering.qualifiedName(ASTHelpers.getType(select.getExpression())));
      } else {
        return null;
      }
    }
    return types;
  }

  /** The condition of a predicate argument, or null when it is not a lambda (a method reference, a variable). */
  static Condition predicate(ExpressionTree argument, JavacLowering lowering) {
    return JavacCodeView.strip(argument) instanceof LambdaExpressionTree lambda ? lowering.lambdaCondition(lambda) : null;
  }

  /**
   * The delay a delay function gives: from Retry-After when it reads the header; one of its own otherwise. A function
   * that cannot be read (a method reference, a variable) is taken to honour the header, so as not to report it.
   */
  static Step.RetryDelay delayFunction(ExpressionTree argument, JavacLowering lowering) {
    if (!(JavacCodeView.strip(argument) instanceof LambdaExpressionTree)) {
      return Step.RetryDelay.RETRY_AFTER;
    }
    return lowering.readsRetryAfter(argument) ? Step.RetryDelay.RETRY_AFTER : Step.RetryDelay.OWN;
  }

  /**
   * The HTTP errors of the work that the member being lowered (a method, a field initializer) hands to the library:
   * the requests in the arguments of the calls that {@code runsWork} accepts. Null when there is no such work.
   */
  static IntSet work(JavacLowering lowering, Predicate<MethodInvocationTree> runsWork) {
    Tree member = lowering.state().getPath().getLeaf();
    IntSet[] statuses = {null};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        if (runsWork.test(call)) {
          for (ExpressionTree argument : call.getArguments()) {
            IntSet thrown = lowering.httpErrorsThrownIn(argument);
            if (thrown != null) {
              statuses[0] = statuses[0] == null ? thrown : statuses[0].union(thrown);
            }
          }
        }
        return super.visitMethodInvocation(call, null);
      }
    }.scan(member, null);
    return statuses[0];
  }

  /** The configuration's retries, anchored at the call that completes it. */
  static Step steps(RetryConfiguration configuration, MethodInvocationTree anchor, IntSet work) {
    List<Step> steps = configuration.steps(new TreeAnchor(anchor), work);
    return steps.isEmpty() ? Step.NOTHING : Step.block(steps);
  }
}
