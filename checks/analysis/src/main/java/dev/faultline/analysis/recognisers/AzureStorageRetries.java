package dev.faultline.analysis.recognisers;

import dev.faultline.analysis.library.RetryHooks;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.FoldedConditions;
import dev.faultline.analysis.model.RetryLibrary;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;
import java.util.List;
import java.util.function.Function;

/**
 * Azure Storage SDK for Java v8 ({@code com.microsoft.azure.storage}): after a failed attempt the
 * SDK asks the request's {@code RetryPolicy} (made by its {@code RetryPolicyFactory}) {@code
 * evaluate(RetryContext, OperationContext)}; null means no retry, a {@code RetryInfo} means a
 * re-send after its retry interval. The policy sees the last attempt's status ({@code
 * retryContext.getLastRequestResult().getStatusCode()}) but not the response's headers, so its
 * interval is its own (an exponential or linear back-off, a fixed wait) unless the class reads
 * Retry-After somewhere (a response listener keeping it).
 *
 * <p>An own policy is judged at its {@code evaluate}: the statuses for which it returns a {@code
 * RetryInfo} ({@code new RetryInfo(..)}, the inherited {@code evaluateRetryInfo(..)}, a local
 * holding one) rather than null. A 404 from the secondary location ({@code
 * evaluateLastAttemptAndSecondaryNotFound}) is retried on the primary one, another place: the path
 * where it is true is read as the one where it is false. Anything else returned (another policy's
 * answer) is not judged.
 */
final class AzureStorageRetries implements RetryRecogniser {
  @Override
  public <N> List<Step> ofMethod(N method, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    List<? extends N> parameters = view.parameters(method);
    N body = view.methodBody(method);
    if (!"evaluate".equals(view.methodName(method))
        || body == null
        || parameters.size() != 2
        || !view.isSubtype(view.declaredType(parameters.get(0)), RetryHooks.AZURE_RETRY_CONTEXT)
        || !view.declaredInSubtypeOf(method, RetryHooks.AZURE_RETRY_POLICY)) {
      return List.of();
    }
    Function<N, Condition> tested =
        value ->
            ReturnConditions.logical(
                value,
                view,
                tree ->
                    isSecondaryNotFound(tree, context)
                        ? Condition.FALSE
                        : context.conditionOf(tree));
    Condition retried =
        ReturnConditions.followingHelpers(
            body,
            context,
            tested,
            value -> returned(value, view),
            value -> Condition.FALSE,
            Condition.UNKNOWN,
            false);
    if (!FoldedConditions.testsStatus(retried)) {
      return List.of();
    }
    N owner = view.enclosingClass(method);
    Step.RetryDelay delay =
        owner != null && context.classReadsRetryAfter(owner)
            ? Step.RetryDelay.RETRY_AFTER
            : Step.RetryDelay.OWN;
    return List.of(
        new Step.LibraryRetry(
            view.nameAnchor(method),
            RetryLibrary.AZURE_STORAGE,
            RetryHooks.AZURE_EVALUATED_STATUSES,
            retried,
            delay,
            false));
  }

  /**
   * What a returned value means: null is no retry, a {@code RetryInfo} created here or by the
   * inherited {@code evaluateRetryInfo} is a retry, anything else is unknown.
   */
  private static <N> Condition returned(N value, CodeView<N> view) {
    if (view.isNullLiteral(value)) {
      return Condition.FALSE;
    }
    String created = view.createdType(value);
    if (created != null && view.isSubtype(created, RetryHooks.AZURE_RETRY_INFO)) {
      return Condition.TRUE;
    }
    return isInheritedCall(value, "evaluateRetryInfo", view) ? Condition.TRUE : Condition.UNKNOWN;
  }

  /**
   * {@code evaluateLastAttemptAndSecondaryNotFound(retryContext)}, called here or held in a local.
   */
  private static <N> boolean isSecondaryNotFound(N tree, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    N value = tree;
    if (view.isName(value)) {
      N initialiser = context.initialiserOf(value);
      if (initialiser == null) {
        return false;
      }
      value = view.strip(initialiser);
    }
    return isInheritedCall(value, RetryHooks.AZURE_SECONDARY_NOT_FOUND, view);
  }

  /** A call of a RetryPolicy method the policy inherits (without receiver, or on this or super). */
  private static <N> boolean isInheritedCall(N value, String name, CodeView<N> view) {
    if (!view.isCall(value) || !name.equals(view.calledName(value))) {
      return false;
    }
    String owner = view.calledOwner(value);
    return owner == null || view.isSubtype(owner, RetryHooks.AZURE_RETRY_POLICY);
  }
}
