package dev.faultline.errorprone.lowering;

import com.google.errorprone.matchers.Matcher;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import dev.faultline.analysis.library.HttpErrorTypes;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.values.ClassFacts;
import java.util.LinkedHashSet;
import java.util.Set;
import static com.google.errorprone.matchers.method.MethodMatchers.instanceMethod;

/**
 * The failure stages of a CompletableFuture chain: the function given to {@code exceptionally} /
 * {@code exceptionallyCompose} runs only when the earlier stages failed, so when those stages send a request whose
 * HTTP errors arrive as exceptions (the FIC SDK's ApiException, WebClient's exceptions, wrapped in a
 * CompletionException), the function starts with that failed response in hand, caught as a catch clause catches
 * it. What it does then (a status test, a delayed executor, a re-send) is lowered as in any handler.
 */
final class CompletableFutureStages {
  private CompletableFutureStages() {}

  private static final Matcher<ExpressionTree> FAILURE_STAGE = instanceMethod()
      .onDescendantOf("java.util.concurrent.CompletionStage")
      .namedAnyOf("exceptionally", "exceptionallyAsync", "exceptionallyCompose", "exceptionallyComposeAsync");

  /** The failed response a failure stage's function starts with, or null when the call is none or sends nothing. */
  static Step.ResponseArrives failureArrives(MethodInvocationTree call, JavacLowering lowering) {
    ExpressionTree receiver = ASTHelpers.getReceiver(call);
    if (receiver == null || !FAILURE_STAGE.matches(call, lowering.state())) {
      return null;
    }
    Set<String> thrown = new LinkedHashSet<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree stage, Void unused) {
        HttpCalls.request(stage, lowering.state()).ifPresent(kind -> thrown.addAll(kind.thrownTypes()));
        ClassFacts.Helper<Tree> helper = lowering.helperCalled(stage);
        if (helper != null && helper.sends()) {
          thrown.addAll(helper.thrownTypes());
        }
        return super.visitMethodInvocation(stage, null);
      }
    }.scan(receiver, null);
    IntSet statuses = IntSet.EMPTY;
    for (String type : thrown) {
      statuses = statuses.union(HttpErrorTypes.statuses(type).orElse(IntSet.EMPTY));
    }
    return statuses.isEmpty() ? null : new Step.ResponseArrives(statuses, true);
  }
}
