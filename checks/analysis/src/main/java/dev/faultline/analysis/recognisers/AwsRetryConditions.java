package dev.faultline.analysis.recognisers;

import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What the retry conditions and back-offs of the AWS SDKs for Java (v1 and v2) written in the code
 * say: a condition's body, read with its test of the attempt count holding while retries remain,
 * and whether a back-off of the code's own waits the Retry-After of the failure.
 */
final class AwsRetryConditions {
  private AwsRetryConditions() {}

  /** How far a policy, condition or back-off held in a variable is followed to its initializer. */
  private static final int MAX_VARIABLE_HOPS = 3;

  /**
   * The value, followed through the variables (locals, fields of the class) that hold it, up to one
   * that {@code stop} accepts (a condition of the SDK's own, whose initializer is the SDK's
   * business, also in its own sources).
   */
  static <N> N followed(N value, LoweringContext<N> context, Predicate<N> stop) {
    CodeView<N> view = context.view();
    N tree = view.strip(value);
    for (int hops = 0; view.isName(tree) && hops < MAX_VARIABLE_HOPS && !stop.test(tree); hops++) {
      N initialiser = context.initialiserOf(tree);
      if (initialiser == null) {
        return tree;
      }
      tree = view.strip(initialiser);
    }
    return tree;
  }

  /**
   * The condition under which a lambda returns true, with {@code isCount} telling the attempt count
   * apart (a parameter, or a call on one).
   */
  static <N> @Nullable Condition ofLambda(
      N lambda, Predicate<N> isCount, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    N expression = view.lambdaExpressionBody(lambda);
    return expression != null
        ? ReturnConditions.logical(expression, view, leaf(isCount, context))
        : returnsTrue(view.lambdaBlockBody(lambda), isCount, context);
  }

  /** The condition under which a predicate's body returns true. */
  static <N> @Nullable Condition returnsTrue(
      @Nullable N body, Predicate<N> isCount, LoweringContext<N> context) {
    if (body == null) {
      return null;
    }
    Function<N, Condition> tested =
        value -> ReturnConditions.logical(value, context.view(), leaf(isCount, context));
    return ReturnConditions.of(
        body, context, tested, tested, value -> Condition.FALSE, Condition.UNKNOWN);
  }

  /**
   * What a test of a condition means: a comparison of the attempt count holds while retries remain
   * ({@code retriesAttempted < max}) and fails once they are spent ({@code retriesAttempted >=
   * max}), a value is taken to be there ({@code != null}); anything else is read as an if condition
   * is.
   */
  private static <N> Function<N, Condition> leaf(Predicate<N> isCount, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    return tree -> {
      String operator = view.binaryOperator(tree);
      List<? extends N> sides = operator == null ? List.of() : view.binaryOperands(tree);
      if (sides.size() == 2) {
        // A value tested against null (a status the failure may lack) is there when a status
        // test follows: the test holds only for != null.
        if ((operator.equals("==") || operator.equals("!="))
            && (view.isNullLiteral(view.strip(sides.get(0)))
                || view.isNullLiteral(view.strip(sides.get(1))))) {
          return operator.equals("!=") ? Condition.TRUE : Condition.FALSE;
        }
        boolean left = isCount.test(view.strip(sides.get(0)));
        boolean right = isCount.test(view.strip(sides.get(1)));
        Boolean remain = left != right ? retriesRemain(operator, left) : null;
        if (remain != null) {
          return remain ? Condition.TRUE : Condition.FALSE;
        }
      }
      return context.conditionOf(tree);
    };
  }

  /**
   * Whether a comparison of the attempt count with a limit holds while retries remain (true) or
   * once they are spent (false); null for an operator that says neither.
   */
  private static @Nullable Boolean retriesRemain(String operator, boolean countOnLeft) {
    return switch (operator) {
      case "<", "<=" -> countOnLeft;
      case ">", ">=" -> !countOnLeft;
      case "!=" -> true;
      case "==" -> false;
      default -> null;
    };
  }

  /**
   * The wait of a back-off created in the code: for an anonymous class, Retry-After's when its
   * {@code delayMethod} reads the header (directly or through helpers), else its own; for a class
   * of the file, Retry-After's when the class reads the header; a class of the SDK ({@code
   * libraryPackage}) waits its own, and any other class counts as Retry-After's.
   */
  static <N> Step.RetryDelay createdDelay(
      N backoff,
      String created,
      String delayMethod,
      String libraryPackage,
      LoweringContext<N> context) {
    CodeView<N> view = context.view();
    if (view.createsAnonymousClass(backoff)) {
      N method = view.declaredMethod(backoff, delayMethod);
      N body = method == null ? null : view.methodBody(method);
      if (body == null) {
        return Step.RetryDelay.RETRY_AFTER;
      }
      for (N call : view.callsIn(body)) {
        if (context.readsRetryAfterWithHelpers(call)) {
          return Step.RetryDelay.RETRY_AFTER;
        }
      }
      return Step.RetryDelay.OWN;
    }
    N declared = view.declaredClass(created);
    if (declared == null) {
      return created.startsWith(libraryPackage) ? Step.RetryDelay.OWN : Step.RetryDelay.RETRY_AFTER;
    }
    return context.classReadsRetryAfter(declared)
        ? Step.RetryDelay.RETRY_AFTER
        : Step.RetryDelay.OWN;
  }
}
