package dev.faultline.analysis.recognisers;

import dev.faultline.analysis.library.HttpErrorTypes;
import dev.faultline.analysis.library.RetryConfiguration;
import dev.faultline.analysis.library.RetryHooks;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.FoldedConditions;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.RetryLibrary;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.values.StatusValues;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;
import dev.faultline.analysis.view.StatementKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * AWS SDK for Java v2 ({@code software.amazon.awssdk}): a client re-sends a failed request when the
 * retry policy or strategy of its {@code ClientOverrideConfiguration} says so. A {@code
 * RetryPolicy} ({@code core.retry}) asks its {@code RetryCondition} ({@code shouldRetry(context)}
 * of a {@code RetryPolicyContext}: {@code context.exception()}, {@code context.httpStatusCode()})
 * and waits its {@code BackoffStrategy} (its {@code throttlingBackoffStrategy} for throttling); a
 * retry strategy ({@code retries}) re-sends what one of its {@code retryOnException(..)} predicates
 * or types accepts. The SDK never reads Retry-After itself.
 *
 * <p>Judged where a policy or strategy is given to {@code retryPolicy(..)} / {@code
 * retryStrategy(..)}: a {@code RetryPolicy.builder()...build()} chain with a {@code
 * retryCondition(..)}, or a strategy builder chain ({@code StandardRetryStrategy.builder()}, {@code
 * AwsRetryStrategy.standardRetryStrategy().toBuilder()} ...) with {@code retryOnException(..)}
 * calls, in place or in a variable or field, or a function given to {@code retryPolicy(..)} /
 * {@code retryStrategy(..)} that configures the builder it is handed ({@code b ->
 * b.numRetries(3).retryCondition(..)}). The conditions read: a lambda, {@code
 * RetryOnStatusCodeCondition.create(..)}, {@code RetryOnExceptionsCondition.create(..)}, {@code
 * RetryOnThrottlingCondition.create()} (429), {@code OrRetryCondition} / {@code AndRetryCondition}
 * of them; a test of the attempt count holds while retries remain. The SDK's own conditions and
 * strategies (what a strategy of the SDK retries before the code adds to it) are not judged, nor is
 * a condition that cannot be read. The wait is Retry-After's when a back-off reads the header.
 */
final class AwsSdkV2Retries implements RetryRecogniser {
  /** How deep conditions combined by {@code OrRetryCondition} / {@code AndRetryCondition} go. */
  private static final int MAX_DEPTH = 6;

  private static final String CLIENT_OVERRIDES =
      "software.amazon.awssdk.core.client.config.ClientOverrideConfiguration";

  /**
   * The strategy builder's calls that add what is retried, by whether they match the exact type.
   */
  private static final Map<String, Boolean> STRATEGY_RETRY_ON =
      Map.of(
          "retryOnException", true,
          "retryOnExceptionOrCause", true,
          "retryOnRootCause", true,
          "retryOnExceptionInstanceOf", false,
          "retryOnExceptionOrCauseInstanceOf", false,
          "retryOnRootCauseInstanceOf", false);

  /** The builder calls that change neither what is retried nor the wait. */
  private static final Set<String> NEUTRAL =
      Set.of(
          "additionalRetryConditionsAllowed",
          "retryCapacityCondition",
          "fastFailRateLimiting",
          "treatAsThrottling",
          "circuitBreakerEnabled",
          "useClientDefaults");

  /**
   * A policy's or strategy's parts, as written: what it retries (a condition, or the strategy's
   * predicates, each with whether it matches an exact type), its back-offs, and whether it allows
   * no retry.
   */
  private record Parts<N>(List<N> retried, List<Boolean> exact, List<N> backoffs, boolean none) {}

  @Override
  public <N> Step ofCall(N call, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    String name = view.calledName(call);
    boolean policy = name.equals("retryPolicy");
    if (!(policy || name.equals("retryStrategy")) || view.arguments(call).size() != 1) {
      return Step.NOTHING;
    }
    N value = followed(view.arguments(call).get(0), context);
    Parts<N> parts =
        view.isLambda(value)
            ? configuredParts(call, value, policy, view)
            : parts(value, policy, view);
    if (parts == null || parts.retried().isEmpty() || parts.none()) {
      return Step.NOTHING;
    }
    Condition retried = Condition.FALSE;
    for (int i = 0; i < parts.retried().size(); i++) {
      N part = parts.retried().get(i);
      Condition one =
          policy
              ? condition(part, context, 0)
              : strategyPredicate(part, parts.exact().get(i), context);
      retried = new Condition.Or(retried, one);
    }
    Condition known = RetryConfiguration.known(retried, false);
    if (!FoldedConditions.testsStatus(known)) {
      return Step.NOTHING;
    }
    return new Step.LibraryRetry(
        view.anchor(call),
        RetryLibrary.AWS_SDK_V2,
        RetryHooks.AWS2_SERVICE_ERROR_STATUSES,
        known,
        delay(parts.backoffs(), context),
        false);
  }

  /**
   * The parts of a {@code RetryPolicy.builder([mode])} chain (or one started by {@code toBuilder()}
   * on a policy of the SDK) ending in {@code build()}, or of a retry strategy's: started by {@code
   * StandardRetryStrategy.builder()} and its kin, or by {@code toBuilder()} on a strategy of the
   * SDK ({@code AwsRetryStrategy.standardRetryStrategy()}), whose own retries are not judged. Null
   * for any other value, and for a chain with a call that is not read (a strategy's {@code
   * doNotRetryWhen}).
   */
  private static <N> @Nullable Parts<N> parts(N value, boolean policy, CodeView<N> view) {
    if (!view.isCall(value) || !view.calledName(value).equals("build")) {
      return null;
    }
    List<N> links = BuilderChains.links(value, view);
    int start = links.size() - 2;
    while (start >= 0 && !startsChain(links.get(start), policy, view)) {
      start--;
    }
    return start < 0 ? null : read(links.subList(start + 1, links.size() - 1), policy, view);
  }

  /**
   * The parts of the calls a function given to {@code retryPolicy(..)} / {@code retryStrategy(..)}
   * of a {@code ClientOverrideConfiguration} builder makes on the builder it is handed ({@code b ->
   * b.numRetries(3).retryCondition(..)}, or a block of such statements): the SDK builds the policy
   * from its defaults (the strategy from the client's), with them applied. Null for a function that
   * does anything else.
   */
  private static <N> @Nullable Parts<N> configuredParts(
      N call, N lambda, boolean policy, CodeView<N> view) {
    List<? extends N> parameters = view.lambdaParameters(lambda);
    if (parameters.size() != 1
        || !BuilderChains.isOn(
            call,
            view,
            CLIENT_OVERRIDES + ".Builder",
            root -> BuilderChains.isStatic(root, view, CLIENT_OVERRIDES, "builder"))) {
      return null;
    }
    N expression = view.lambdaExpressionBody(lambda);
    List<N> chains = new ArrayList<>();
    if (expression != null) {
      chains.add(expression);
    } else {
      for (N statement : view.statementsOf(view.lambdaBlockBody(lambda))) {
        N made =
            view.statementKind(statement) == StatementKind.EXPRESSION
                ? view.statementExpression(statement)
                : null;
        if (made == null) {
          return null;
        }
        chains.add(made);
      }
    }
    List<N> links = new ArrayList<>();
    for (N chain : chains) {
      N stripped = view.strip(chain);
      if (!view.isCall(stripped)) {
        return null;
      }
      List<N> made = BuilderChains.links(stripped, view);
      N receiver = view.receiver(made.get(0));
      if (receiver == null || !view.refersTo(view.strip(receiver), parameters.get(0))) {
        return null;
      }
      links.addAll(made);
    }
    return read(links, policy, view);
  }

  /** The parts the builder calls {@code made} configure, in the order they are made. */
  private static <N> @Nullable Parts<N> read(List<N> made, boolean policy, CodeView<N> view) {
    List<N> retried = new ArrayList<>();
    List<Boolean> exact = new ArrayList<>();
    List<N> backoffs = new ArrayList<>();
    boolean none = false;
    // From the last call made.
    for (int index = made.size() - 1; index >= 0; index--) {
      N link = made.get(index);
      String name = view.calledName(link);
      List<? extends N> arguments = view.arguments(link);
      if (arguments.size() != 1) {
        return null;
      }
      Boolean exactType =
          policy
              ? (name.equals("retryCondition") ? Boolean.FALSE : null)
              : STRATEGY_RETRY_ON.get(name);
      if (exactType != null) {
        // A policy's last condition wins; a strategy's predicates add up.
        if (!policy || retried.isEmpty()) {
          retried.add(arguments.get(0));
          exact.add(exactType);
        }
      } else if (name.equals("backoffStrategy") || name.equals("throttlingBackoffStrategy")) {
        backoffs.add(arguments.get(0));
      } else if (name.equals(policy ? "numRetries" : "maxAttempts")) {
        none = none || Integer.valueOf(policy ? 0 : 1).equals(view.constantValue(arguments.get(0)));
      } else if (!NEUTRAL.contains(name)) {
        return null;
      }
    }
    return new Parts<>(retried, exact, backoffs, none);
  }

  /** Whether a call starts a policy's (or a strategy's) builder chain. */
  private static <N> boolean startsChain(N call, boolean policy, CodeView<N> view) {
    return policy
        ? BuilderChains.isStatic(call, view, RetryHooks.AWS2_RETRY_POLICY, "builder")
            || startsFromSdk(call, view, RetryHooks.AWS2_RETRY_POLICY)
        : isStrategyBuilder(call, view)
            || startsFromSdk(call, view, RetryHooks.AWS2_RETRY_STRATEGIES);
  }

  /** Whether a call is one of the SDK's static methods that start a strategy's builder. */
  private static <N> boolean isStrategyBuilder(N call, CodeView<N> view) {
    for (List<String> start : RetryHooks.AWS2_STRATEGY_BUILDERS) {
      if (BuilderChains.isStatic(call, view, start.get(0), start.get(1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a call is {@code toBuilder()} on what a static method of {@code owner} gives. */
  private static <N> boolean startsFromSdk(N call, CodeView<N> view, String owner) {
    N receiver = view.calledName(call).equals("toBuilder") ? view.receiver(call) : null;
    N made = receiver == null ? null : view.strip(receiver);
    return made != null
        && view.isCall(made)
        && view.isStaticCall(made)
        && owner.equals(view.calledOwner(made));
  }

  /**
   * The condition under which a {@code RetryCondition} retries: a lambda's, or that of the SDK's
   * conditions made from statuses, exception types and other conditions. Unknown for the SDK's
   * default condition and anything else (a class of the code's own).
   */
  private static <N> Condition condition(N value, LoweringContext<N> context, int depth) {
    CodeView<N> view = context.view();
    N tree = followed(value, context);
    if (view.isLambda(tree)) {
      List<? extends N> parameters = view.lambdaParameters(tree);
      Condition lambda =
          parameters.size() == 1
              ? AwsRetryConditions.ofLambda(tree, countOf(parameters.get(0), view), context)
              : null;
      return lambda == null ? Condition.UNKNOWN : lambda;
    }
    if (!view.isCall(tree) || !view.isStaticCall(tree) || depth > MAX_DEPTH) {
      return Condition.UNKNOWN;
    }
    String owner = view.calledOwner(tree);
    String name = view.calledName(tree);
    List<? extends N> arguments = view.arguments(tree);
    if (owner == null || !owner.startsWith(RetryHooks.AWS2_CONDITIONS)) {
      return Condition.UNKNOWN;
    }
    return switch (owner.substring(RetryHooks.AWS2_CONDITIONS.length()) + "." + name) {
      case "RetryOnStatusCodeCondition.create" -> statuses(arguments, view);
      case "RetryOnExceptionsCondition.create" ->
          types(BuilderChains.classLiterals(arguments, view), false);
      case "RetryOnThrottlingCondition.create" -> new Condition.StatusIn(IntSet.of(429));
      case "MaxNumberOfRetriesCondition.create" -> Condition.TRUE;
      case "RetryCondition.none" -> Condition.FALSE;
      case "OrRetryCondition.create", "AndRetryCondition.create" ->
          combined(arguments, owner.endsWith("OrRetryCondition"), context, depth);
      default -> Condition.UNKNOWN;
    };
  }

  /**
   * The conditions combined by {@code OrRetryCondition} ({@code or}) or {@code AndRetryCondition}.
   */
  private static <N> Condition combined(
      List<? extends N> conditions, boolean or, LoweringContext<N> context, int depth) {
    Condition all = or ? Condition.FALSE : Condition.TRUE;
    for (N one : conditions) {
      Condition read = condition(one, context, depth + 1);
      all = or ? new Condition.Or(all, read) : new Condition.And(all, read);
    }
    return all;
  }

  /** The statuses the arguments of {@code RetryOnStatusCodeCondition.create(..)} hold. */
  private static <N> Condition statuses(List<? extends N> arguments, CodeView<N> view) {
    StatusValues<N> values = new StatusValues<>(view, Map.of());
    IntSet all = IntSet.EMPTY;
    for (N argument : arguments) {
      IntSet set = values.valuesOf(argument);
      if (set == null) {
        return Condition.UNKNOWN;
      }
      all = all.union(set);
    }
    return new Condition.StatusIn(all);
  }

  /**
   * The statuses of failures of the given types; unknown for a type that stands for no known
   * status, and, when the type must match exactly, for the SDK's base types (it throws subclasses).
   */
  private static Condition types(@Nullable List<String> types, boolean exact) {
    if (types == null) {
      return Condition.UNKNOWN;
    }
    Condition all = Condition.FALSE;
    for (String type : types) {
      IntSet statuses =
          exact && RetryHooks.AWS2_BASE_EXCEPTIONS.contains(type)
              ? null
              : HttpErrorTypes.statuses(type).orElse(null);
      all =
          new Condition.Or(
              all, statuses == null ? Condition.UNKNOWN : new Condition.StatusIn(statuses));
    }
    return all;
  }

  /** What a strategy's {@code retryOnException..(..)} accepts: a type's statuses, or a lambda's. */
  private static <N> Condition strategyPredicate(
      N argument, boolean exact, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    N tree = followed(argument, context);
    if (view.isLambda(tree)) {
      Condition lambda =
          view.lambdaParameters(tree).size() == 1
              ? AwsRetryConditions.ofLambda(tree, node -> false, context)
              : null;
      return lambda == null ? Condition.UNKNOWN : lambda;
    }
    String type = view.classLiteralType(tree);
    return type == null ? Condition.UNKNOWN : types(List.of(type), exact);
  }

  /** What refers to the attempt count: {@code context.retriesAttempted()} of the condition. */
  private static <N> Predicate<N> countOf(N context, CodeView<N> view) {
    return tree -> {
      N receiver = view.isCall(tree) ? view.receiver(tree) : null;
      return receiver != null
          && view.calledName(tree).equals("retriesAttempted")
          && view.refersTo(view.strip(receiver), context);
    };
  }

  /**
   * The wait before a re-send: Retry-After's when one of the back-offs written reads it (or cannot
   * be read), none when every one written re-sends at once and both are written, the SDK's or its
   * own otherwise.
   */
  private static <N> Step.RetryDelay delay(List<N> backoffs, LoweringContext<N> context) {
    boolean waits = backoffs.size() < 2;
    for (N backoff : backoffs) {
      Step.RetryDelay delay = delay(followed(backoff, context), context);
      if (delay == Step.RetryDelay.RETRY_AFTER) {
        return delay;
      }
      waits = waits || delay != Step.RetryDelay.NONE;
    }
    return waits ? Step.RetryDelay.OWN : Step.RetryDelay.NONE;
  }

  /**
   * The wait of one back-off: the SDK's own for one of its back-offs (a call of its packages), none
   * for {@code BackoffStrategy.none()} and {@code retryImmediately()}; for a lambda, an anonymous
   * class or a class of the file, Retry-After's when it reads the header, else its own. A back-off
   * that cannot be read counts as Retry-After's.
   */
  private static <N> Step.RetryDelay delay(N backoff, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    if (view.isLambda(backoff)) {
      return context.readsRetryAfter(backoff) ? Step.RetryDelay.RETRY_AFTER : Step.RetryDelay.OWN;
    }
    if (view.isCall(backoff)) {
      String owner = view.calledOwner(backoff);
      for (String library : RetryHooks.AWS2_BACKOFF_PACKAGES) {
        if (owner != null && owner.startsWith(library)) {
          return RetryHooks.AWS2_NO_DELAY.contains(view.calledName(backoff))
              ? Step.RetryDelay.NONE
              : Step.RetryDelay.OWN;
        }
      }
      return Step.RetryDelay.RETRY_AFTER;
    }
    String created = view.createdType(backoff);
    if (created == null) {
      return Step.RetryDelay.RETRY_AFTER;
    }
    String method =
        view.createsAnonymousClass(backoff) && view.declaredMethod(backoff, "computeDelay") != null
            ? "computeDelay"
            : "computeDelayBeforeNextRetry";
    return AwsRetryConditions.createdDelay(
        backoff, created, method, RetryHooks.AWS2_BACKOFF_PACKAGES.get(0), context);
  }

  private static <N> N followed(N value, LoweringContext<N> context) {
    return AwsRetryConditions.followed(value, context, tree -> false);
  }
}
