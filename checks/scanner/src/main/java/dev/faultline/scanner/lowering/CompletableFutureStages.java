package dev.faultline.scanner.lowering;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.faultline.analysis.library.HttpErrorTypes;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.values.ClassFacts;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The failure stages of a CompletableFuture chain, as the Error Prone front end's {@code CompletableFutureStages}
 * reads them: the function given to {@code exceptionally} / {@code exceptionallyCompose} starts with the failed
 * response of the earlier stages' request, when its HTTP errors arrive as exceptions.
 */
final class CompletableFutureStages {
  private CompletableFutureStages() {}

  private static final Set<String> FAILURE_STAGES =
      Set.of("exceptionally", "exceptionallyAsync", "exceptionallyCompose", "exceptionallyComposeAsync");

  /** The failed response a failure stage's function starts with, or null when the call is none or sends nothing. */
  static Step.@Nullable ResponseArrives failureArrives(MethodCallExpr call, JavaParserLowering lowering) {
    Optional<Expression> receiver = call.getScope();
    if (receiver.isEmpty() || !FAILURE_STAGES.contains(call.getNameAsString())) {
      return null;
    }
    Resolver resolver = lowering.context().resolver;
    Resolver.CallTarget target = resolver.target(call);
    if (target.isStatic() || !resolver.isSubtype(target.owner(), "java.util.concurrent.CompletionStage")) {
      return null;
    }
    Set<String> thrown = new LinkedHashSet<>();
    for (MethodCallExpr stage : receiver.get().findAll(MethodCallExpr.class)) {
      lowering.context().calls.request(stage).ifPresent(kind -> thrown.addAll(kind.thrownTypes()));
      ClassFacts.Helper<Node> helper = lowering.helperCalled(stage);
      if (helper != null && helper.sends()) {
        thrown.addAll(helper.thrownTypes());
      }
    }
    IntSet statuses = IntSet.EMPTY;
    for (String type : thrown) {
      statuses = statuses.union(HttpErrorTypes.statuses(type).orElse(IntSet.EMPTY));
    }
    return statuses.isEmpty() ? null : new Step.ResponseArrives(statuses, true);
  }
}
