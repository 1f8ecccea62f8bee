package dev.faultline.errorprone.lowering;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import dev.faultline.analysis.library.RetryHooks;
import dev.faultline.analysis.library.RetryLibrary;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.recognisers.ReturnConditions;
import java.util.ArrayList;
import java.util.List;

/**
 * OpenFeign: an {@code ErrorDecoder} that returns (or throws) a {@code RetryableException} makes Feign re-send the
 * request for the responses it decodes that way, after the Retryer's wait; a {@code Retryer} that sleeps an interval
 * of its own never waits for the Retry-After that Feign's default decoder puts on the exception.
 */
final class FeignRetries {
  private FeignRetries() {}

  private static final com.google.errorprone.suppliers.Supplier<Type> RETRYABLE_TYPE =
      VisitorState.memoize(state -> state.getTypeFromString(RetryHooks.FEIGN_RETRYABLE_EXCEPTION));

  static List<Step> ofMethod(MethodTree method, JavacLowering lowering) {
    MethodSymbol symbol = ASTHelpers.getSymbol(method);
    VisitorState state = lowering.state();
    if (symbol == null || method.getBody() == null) {
      return List.of();
    }
    List<Step> bean = beanRetryer(method, lowering);
    if (!bean.isEmpty()) {
      return bean;
    }
    String name = symbol.getSimpleName().toString();
    if (name.equals("decode") && method.getParameters().size() == 2
        && ownerIs(symbol, RetryHooks.FEIGN_ERROR_DECODER, state)) {
      return decoderRetries(method, lowering);
    }
    if (name.equals("continueOrPropagate") && method.getParameters().size() == 1
        && ownerIs(symbol, RetryHooks.FEIGN_RETRYER, state)) {
      return retryerWait(method, lowering);
    }
    return List.of();
  }

  /**
   * {@code builder.retryer(new Retryer.Default(period, maxPeriod, maxAttempts))}: Retryer.Default waits for the
   * Retry-After time but never longer than {@code maxPeriod}, so a constant below a minute cuts a rate limit's
   * Retry-After short. Other calls: NOTHING.
   */
  static Step ofCall(MethodInvocationTree call, JavacLowering lowering) {
    MethodSymbol callee = ASTHelpers.getSymbol(call);
    if (callee == null || !callee.getSimpleName().contentEquals("retryer") || call.getArguments().size() != 1) {
      return Step.NOTHING;
    }
    return cappedDefault(call.getArguments().get(0));
  }

  /** A @Bean method that returns a capped Retryer.Default. */
  private static List<Step> beanRetryer(MethodTree method, JavacLowering lowering) {
    boolean bean = ASTHelpers.hasAnnotation(ASTHelpers.getSymbol(method), RetryHooks.SPRING_BEAN, lowering.state());
    if (!bean) {
      return List.of();
    }
    List<Step> steps = new ArrayList<>();
    for (var statement : method.getBody().getStatements()) {
      if (statement instanceof com.sun.source.tree.ReturnTree returned && returned.getExpression() != null) {
        Step capped = cappedDefault(returned.getExpression());
        if (!capped.equals(Step.NOTHING)) {
          steps.add(capped);
        }
      }
    }
    return steps;
  }

  private static Step cappedDefault(ExpressionTree expression) {
    if (!(JavacCodeView.strip(expression) instanceof NewClassTree creation) || creation.getArguments().size() != 3
        || ASTHelpers.getType(creation) == null
        || !ASTHelpers.getType(creation).tsym.getQualifiedName().contentEquals(RetryHooks.FEIGN_RETRYER_DEFAULT)) {
      return Step.NOTHING;
    }
    Object maxPeriod = ASTHelpers.constValue(JavacCodeView.strip(creation.getArguments().get(1)));
    if (!(maxPeriod instanceof Number millis)
        || millis.longValue() >= RetryHooks.FEIGN_MAX_PERIOD_THAT_WAITS_OUT_LIMITS) {
      return Step.NOTHING;
    }
    return new Step.LibraryRetry(new TreeAnchor(creation), RetryLibrary.FEIGN, RetryHooks.FEIGN_RATE_LIMITED,
        new Condition.RetryAfterPresent(), Step.RetryDelay.OWN, false);
  }

  static boolean ownerIs(MethodSymbol symbol, String type, VisitorState state) {
    Type supertype = state.getTypeFromString(type);
    return supertype != null && ASTHelpers.isSubtype(symbol.owner.type, supertype, state);
  }

  /** One library retry per RetryableException the decoder creates, under the condition that it is the result. */
  private static List<Step> decoderRetries(MethodTree method, JavacLowering lowering) {
    VisitorState state = lowering.state();
    Type retryable = RETRYABLE_TYPE.get(state);
    if (retryable == null) {
      return List.of();
    }
    List<NewClassTree> created = new ArrayList<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitNewClass(NewClassTree tree, Void unused) {
        if (ASTHelpers.isSubtype(ASTHelpers.getType(tree), retryable, state)) {
          created.add(tree);
        }
        return super.visitNewClass(tree, null);
      }

      @Override
      public Void visitClass(ClassTree tree, Void unused) {
        return null;
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
        return null;
      }
    }.scan(method.getBody(), null);
    List<Step> steps = new ArrayList<>();
    for (NewClassTree exception : created) {
      java.util.function.Function<com.sun.source.tree.Tree, Condition> isIt =
          value -> exception.equals(value) ? Condition.TRUE : Condition.FALSE;
      Condition resent = ReturnConditions.of(method.getBody(), lowering, isIt, isIt, Condition.FALSE);
      if (resent.equals(Condition.FALSE)) {
        continue;
      }
      boolean fromRetryAfter = exception.getArguments().stream().anyMatch(lowering.operands()::isRetryAfterDerived);
      steps.add(new Step.LibraryRetry(new TreeAnchor(exception), RetryLibrary.FEIGN,
          RetryHooks.FEIGN_DECODED_STATUSES, resent,
          fromRetryAfter ? Step.RetryDelay.RETRY_AFTER : Step.RetryDelay.OWN, false));
    }
    return steps;
  }

  /** A Retryer that sleeps without asking the exception for its Retry-After time. */
  private static List<Step> retryerWait(MethodTree method, JavacLowering lowering) {
    VisitorState state = lowering.state();
    boolean[] sleeps = {false};
    boolean[] readsRetryAfter = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        if ((ASTHelpers.getSymbol(call) != null && HttpCalls.readsRetryAfter(call))
            || call.getArguments().stream().anyMatch(lowering.operands()::isRetryAfterDerived)) {
          readsRetryAfter[0] = true;
        }
        if (HttpCalls.SLEEP.matches(call, state)) {
          sleeps[0] = true;
        }
        return super.visitMethodInvocation(call, null);
      }
    }.scan(method.getBody(), null);
    if (!sleeps[0] || readsRetryAfter[0]) {
      return List.of();
    }
    return List.of(new Step.LibraryRetry(new TreeAnchor(method), RetryLibrary.FEIGN, RetryHooks.FEIGN_RATE_LIMITED,
        new Condition.RetryAfterPresent(), Step.RetryDelay.OWN, false));
  }
}
