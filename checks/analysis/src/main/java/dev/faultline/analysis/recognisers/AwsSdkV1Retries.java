package dev.faultline.analysis.recognisers;

import dev.faultline.analysis.library.RetryConfiguration;
import dev.faultline.analysis.library.RetryHooks;
import dev.faultline.analysis.model.Anchor;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.FoldedConditions;
import dev.faultline.analysis.model.RetryLibrary;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * AWS SDK for Java v1 ({@code com.amazonaws}): a client re-sends a failed request when the {@code
 * RetryPolicy} of its {@code ClientConfiguration} says so: its {@code RetryCondition}'s {@code
 * shouldRetry(request, exception, retriesAttempted)} returns true, after the delay its {@code
 * BackoffStrategy}'s {@code delayBeforeNextRetry} returns. The SDK never reads Retry-After itself;
 * the condition sees the failure ({@code ((AmazonServiceException) exception).getStatusCode()},
 * {@code RetryUtils.isThrottlingException(exception)}).
 *
 * <p>Judged where a policy is given to {@code ClientConfiguration.setRetryPolicy(..)} or {@code
 * withRetryPolicy(..)}: a {@code new RetryPolicy(condition, backoff, maxErrorRetry, ..)} or a
 * {@code RetryPolicy.builder()...build()} chain, in place or in a variable or field, whose
 * condition is a lambda. A class implementing {@code RetryCondition} (anonymous or of the file) is
 * judged at its {@code shouldRetry} (where its locals are known), when the file creates a {@code
 * new RetryPolicy(..)} with it. A test of the attempt count holds while retries remain. The SDK's
 * own conditions ({@code PredefinedRetryPolicies.DEFAULT_RETRY_CONDITION}, {@code
 * NO_RETRY_CONDITION}), a policy of the SDK ({@code PredefinedRetryPolicies.DEFAULT}) and a
 * condition that cannot be read are not judged. The wait is Retry-After's when the back-off reads
 * the header.
 */
final class AwsSdkV1Retries implements RetryRecogniser {
  private static final String SHOULD_RETRY = "shouldRetry";
  private static final String DELAY = "delayBeforeNextRetry";

  /** A policy's parts, as written; a part not written is null. */
  private record Parts<N>(@Nullable N condition, @Nullable N backoff, @Nullable N maxRetries) {}

  @Override
  public <N> Step ofCall(N call, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    String name = view.calledName(call);
    if (!(name.equals("setRetryPolicy") || name.equals("withRetryPolicy"))
        || view.arguments(call).size() != 1
        || !view.isSubtype(view.receiverType(call), RetryHooks.AWS_CLIENT_CONFIGURATION)) {
      return Step.NOTHING;
    }
    Parts<N> parts = parts(followed(view.arguments(call).get(0), context), view);
    if (parts == null || parts.condition() == null || noRetries(parts, view)) {
      return Step.NOTHING;
    }
    Condition retried = condition(followed(parts.condition(), context), context);
    N backoff = parts.backoff() == null ? null : followed(parts.backoff(), context);
    return retry(view.anchor(call), retried, () -> delay(backoff, context));
  }

  /**
   * The re-send of the statuses for which a condition holds (its tests of anything else taken as
   * false), or nothing when it tests no status.
   */
  private static Step retry(
      Anchor anchor, @Nullable Condition condition, Supplier<Step.RetryDelay> delay) {
    Condition retried = condition == null ? null : RetryConfiguration.known(condition, false);
    return retried == null || !FoldedConditions.testsStatus(retried)
        ? Step.NOTHING
        : new Step.LibraryRetry(
            anchor,
            RetryLibrary.AWS_SDK_V1,
            RetryHooks.AWS_SERVICE_ERROR_STATUSES,
            retried,
            delay.get(),
            false);
  }

  /**
   * The parts of {@code new RetryPolicy(condition, backoff, maxErrorRetry, ..)} or of a {@code
   * RetryPolicy.builder()} chain ending in {@code build()}; null for any other value.
   */
  private static <N> @Nullable Parts<N> parts(N policy, CodeView<N> view) {
    String created = view.createdType(policy);
    if (created != null) {
      List<? extends N> arguments = view.arguments(policy);
      return RetryHooks.AWS_RETRY_POLICY.equals(created)
              && !view.createsAnonymousClass(policy)
              && arguments.size() >= 3
          ? new Parts<>(arguments.get(0), arguments.get(1), arguments.get(2))
          : null;
    }
    if (!view.isCall(policy) || !view.calledName(policy).equals("build")) {
      return null;
    }
    N condition = null;
    N backoff = null;
    N maxRetries = null;
    N link = view.receiver(policy);
    while (link != null && view.isCall(view.strip(link))) {
      link = view.strip(link);
      String name = view.calledName(link);
      List<? extends N> arguments = view.arguments(link);
      if (BuilderChains.isStatic(link, view, RetryHooks.AWS_RETRY_POLICY, "builder")) {
        return new Parts<>(condition, backoff, maxRetries);
      }
      // The call nearest to build() is the last one made: it wins.
      if (name.equals("withRetryCondition") && arguments.size() == 1) {
        condition = condition != null ? condition : arguments.get(0);
      } else if (name.equals("withBackoffStrategy") && arguments.size() == 1) {
        backoff = backoff != null ? backoff : arguments.get(0);
      } else if (name.equals("withMaxErrorRetry") && arguments.size() == 1) {
        maxRetries = maxRetries != null ? maxRetries : arguments.get(0);
      } else if (!name.startsWith("with")) {
        return null;
      }
      link = view.receiver(link);
    }
    return null;
  }

  /**
   * The condition under which a {@code RetryCondition} written as a lambda retries; null for the
   * SDK's own conditions and any other value (a class is judged at its own {@code shouldRetry}).
   */
  private static <N> @Nullable Condition condition(N value, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    if (isLibraryCondition(value, view)) {
      return null;
    }
    if (view.isLambda(value)) {
      List<? extends N> parameters = view.lambdaParameters(value);
      if (parameters.size() != 3) {
        return null;
      }
      return AwsRetryConditions.ofLambda(value, counts(parameters.get(2), view), context);
    }
    return null;
  }

  /**
   * A class implementing {@code RetryCondition} (anonymous or of the file), judged at its {@code
   * shouldRetry} when the file gives it to a {@code new RetryPolicy(..)} (created there, or held in
   * a variable); the SDK's own conditions are not judged.
   */
  @Override
  public <N> List<Step> ofMethod(N method, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    if (!SHOULD_RETRY.equals(view.methodName(method))) {
      return List.of();
    }
    N body = view.methodBody(method);
    N owner = view.enclosingClass(method);
    if (body == null
        || owner == null
        || view.parameters(method).size() != 3
        || !view.declaredInSubtypeOf(method, RetryHooks.AWS_RETRY_CONDITION)) {
      return List.of();
    }
    N policy = policyCreatedWith(method, owner, view);
    if (policy == null) {
      return List.of();
    }
    Step retry =
        retry(
            view.nameAnchor(method),
            AwsRetryConditions.returnsTrue(
                body, counts(view.parameters(method).get(2), view), context),
            () -> delay(held(view.arguments(policy).get(1), view), context));
    return retry.equals(Step.NOTHING) ? List.of() : List.of(retry);
  }

  /**
   * A {@code new RetryPolicy(condition, ..)} of the file whose condition is an instance of the
   * class created there or in the initializer of the variable it names, with retries allowed; or
   * null.
   */
  private static <N> @Nullable N policyCreatedWith(
      N shouldRetry, N conditionClass, CodeView<N> view) {
    for (N creation : view.creationsInFile()) {
      Parts<N> parts = parts(creation, view);
      if (parts == null || parts.condition() == null || noRetries(parts, view)) {
        continue;
      }
      N condition = view.strip(parts.condition());
      if (!isLibraryCondition(condition, view)) {
        condition = held(condition, view);
      }
      String created = view.createdType(condition);
      boolean anonymous = view.createsAnonymousClass(condition);
      if ((anonymous && shouldRetry.equals(view.declaredMethod(condition, SHOULD_RETRY)))
          || (created != null
              && !anonymous
              && conditionClass.equals(view.declaredClass(created)))) {
        return creation;
      }
    }
    return null;
  }

  /** Whether the policy's maximum of retries is the constant 0. */
  private static <N> boolean noRetries(Parts<N> parts, CodeView<N> view) {
    return parts.maxRetries() != null
        && view.constantValue(parts.maxRetries()) instanceof Integer max
        && max == 0;
  }

  /** What refers to the attempt count: the condition's {@code retriesAttempted} parameter. */
  private static <N> Predicate<N> counts(N retriesAttempted, CodeView<N> view) {
    return tree -> view.refersTo(tree, retriesAttempted);
  }

  /**
   * The wait before a re-send: the SDK's own back-off when none is set or one of the SDK's is (a
   * field or a creation of an {@code com.amazonaws.retry} strategy), none for {@code
   * BackoffStrategy.NO_DELAY}; for a lambda, an anonymous class or a class of the file,
   * Retry-After's when it reads the header, else its own. A back-off that cannot be read counts as
   * Retry-After's.
   */
  private static <N> Step.RetryDelay delay(@Nullable N backoff, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    if (backoff == null) {
      return Step.RetryDelay.OWN;
    }
    String field = view.referencedField(backoff);
    if (RetryHooks.AWS_NO_DELAY.equals(field)) {
      return Step.RetryDelay.NONE;
    }
    if (field != null && field.startsWith(RetryHooks.AWS_RETRY_PACKAGE)) {
      return Step.RetryDelay.OWN;
    }
    if (view.isLambda(backoff)) {
      return context.readsRetryAfter(backoff) ? Step.RetryDelay.RETRY_AFTER : Step.RetryDelay.OWN;
    }
    String created = view.createdType(backoff);
    if (created == null) {
      return Step.RetryDelay.RETRY_AFTER;
    }
    return AwsRetryConditions.createdDelay(
        backoff, created, DELAY, RetryHooks.AWS_RETRY_PACKAGE, context);
  }

  /**
   * The value, followed through the variables (locals, fields of the class) that hold it, up to a
   * condition of the SDK's own (whose initializer is the SDK's business, also in its own sources).
   */
  private static <N> N followed(N value, LoweringContext<N> context) {
    return AwsRetryConditions.followed(
        value, context, tree -> isLibraryCondition(tree, context.view()));
  }

  /** Whether a value names one of the SDK's own retry conditions. */
  private static <N> boolean isLibraryCondition(N value, CodeView<N> view) {
    String field = view.referencedField(value);
    return field != null && RetryHooks.AWS_LIBRARY_CONDITIONS.contains(field);
  }

  /** The value, or the initializer of the variable of the file that a name refers to. */
  private static <N> N held(N value, CodeView<N> view) {
    N tree = view.strip(value);
    if (!view.isName(tree)) {
      return tree;
    }
    N declaration = view.variableDeclaration(tree);
    N initializer = declaration == null ? null : view.initializerOf(declaration);
    return initializer == null ? tree : view.strip(initializer);
  }
}
