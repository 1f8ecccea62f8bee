package dev.faultline.analysis.recognisers;

import dev.faultline.analysis.library.RetryConfiguration;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.RetryLibrary;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Failsafe's retry policies: {@code RetryPolicy.builder()...build()} and {@code
 * RetryPolicy.ofDefaults()} of Failsafe 3, and Failsafe 2's {@code new RetryPolicy<>()} configured
 * by its setters (chained, or called later on the variable that holds it). Every exception is
 * retried unless {@code handle} / {@code handleIf} limit it, less what {@code abortOn} / {@code
 * abortIf} stop; there is no wait unless a delay, a back-off or a delay function is set. Both
 * versions are read by the same setters: only the shape of the entry differs.
 */
final class FailsafeRetries implements RetryRecogniser {
  private static final String POLICY = "dev.failsafe.RetryPolicy";
  private static final String BUILDER = "dev.failsafe.RetryPolicyBuilder";
  private static final String EXECUTOR = "dev.failsafe.FailsafeExecutor";
  private static final String LEGACY_POLICY = "net.jodah.failsafe.RetryPolicy";
  private static final String LEGACY_EXECUTOR = "net.jodah.failsafe.FailsafeExecutor";
  private static final String DURATION = "java.time.Duration";

  @Override
  public <N> Step ofCall(N call, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    String name = view.calledName(call);
    if (name.equals("ofDefaults") && BuilderChains.isStatic(call, view, POLICY, "ofDefaults")) {
      return BuilderChains.steps(
          new RetryConfiguration(
              RetryLibrary.FAILSAFE, Step.RetryDelay.NONE, ThrownExceptionStatuses.of(context)),
          call,
          work(context, EXECUTOR, "dev.failsafe"),
          view);
    }
    List<N> links = BuilderChains.built(call, view, BUILDER);
    if (links != null && BuilderChains.isStatic(links.get(0), view, POLICY, "builder")) {
      N root = links.get(0);
      RetryConfiguration configuration =
          new RetryConfiguration(
              RetryLibrary.FAILSAFE, Step.RetryDelay.NONE, ThrownExceptionStatuses.of(context));
      for (N link : links.subList(1, links.size() - 1)) {
        configure(configuration, link, context, root, false);
      }
      return BuilderChains.steps(
          configuration, call, work(context, EXECUTOR, "dev.failsafe"), view);
    }
    MutablePolicy<N> legacy = legacyPolicy(call, context);
    if (legacy == null) {
      return Step.NOTHING;
    }
    RetryConfiguration configuration =
        new RetryConfiguration(
            RetryLibrary.FAILSAFE, Step.RetryDelay.NONE, ThrownExceptionStatuses.of(context));
    for (N link : legacy.setters()) {
      configure(configuration, link, context, legacy.creation(), true);
    }
    return BuilderChains.steps(
        configuration, call, work(context, LEGACY_EXECUTOR, "net.jodah.failsafe"), view);
  }

  /**
   * A Failsafe 2 policy: its {@code new RetryPolicy<>()} and the setters called on it, in the chain
   * that starts with the creation and on the variable that holds it.
   */
  private record MutablePolicy<N>(N creation, List<N> setters) {}

  /**
   * The Failsafe 2 policy that a call completes, or null: the call must be the outermost call of a
   * chain on the policy (the chain that creates it, or the first chain on the variable holding a
   * policy created bare), so that a policy is judged once.
   */
  @SuppressWarnings("ReferenceEquality") // identity on purpose: these very trees of the chain
  private static <N> @Nullable MutablePolicy<N> legacyPolicy(N call, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    if (view.isStaticCall(call)) {
      return null;
    }
    N chainStart = chainReceiver(call, view);
    if (chainStart == null) {
      return null;
    }
    N origin;
    if (LEGACY_POLICY.equals(view.createdType(chainStart))) {
      origin = call;
    } else {
      N initialiser = policyVariableInitialiser(chainStart, view);
      if (initialiser == null || !LEGACY_POLICY.equals(view.createdType(view.strip(initialiser)))) {
        return null;
      }
      origin = view.strip(initialiser);
    }
    N scope = context.enclosingMethodOrClass();
    List<N> calls = view.callsIn(scope);
    for (N other : calls) {
      N receiver = view.receiver(other);
      if (receiver != null && view.strip(receiver) == call) {
        return null; // not the outermost call of its chain
      }
    }
    List<N> setters = new ArrayList<>();
    N creation = origin;
    if (origin == call) {
      List<N> links = BuilderChains.links(call, view);
      setters.addAll(links);
      creation = chainReceiver(links.get(0), view);
    }
    boolean first = true;
    for (N other : calls) {
      N start = chainReceiver(other, view);
      N initialiser = start == null ? null : policyVariableInitialiser(start, view);
      if (initialiser != null && view.strip(initialiser) == origin) {
        if (first && origin != call && other != call) {
          return null; // a bare policy is judged at the first chain on its variable
        }
        first = false;
        setters.add(other);
      }
    }
    return new MutablePolicy<>(creation, setters);
  }

  /**
   * The initializer of the Failsafe 2 policy variable a name refers to, or null when it names no
   * such variable (its type is asked first: finding a declaration costs more).
   */
  private static <N> @Nullable N policyVariableInitialiser(N name, CodeView<N> view) {
    if (!LEGACY_POLICY.equals(view.typeOf(name))) {
      return null;
    }
    N declaration = view.variableDeclaration(name);
    return declaration == null ? null : view.initializerOf(declaration);
  }

  /** What the first call of a call's chain is called on, or null. */
  private static <N> @Nullable N chainReceiver(N call, CodeView<N> view) {
    N receiver = view.receiver(BuilderChains.links(call, view).get(0));
    return receiver == null ? null : view.strip(receiver);
  }

  private static <N> void configure(
      RetryConfiguration configuration,
      N link,
      LoweringContext<N> context,
      N root,
      boolean legacy) {
    CodeView<N> view = context.view();
    List<? extends N> arguments = view.arguments(link);
    String name = view.calledName(link);
    switch (name) {
      case "handle", "abortOn" -> {
        List<String> types = BuilderChains.classLiterals(arguments, view);
        Condition predicate =
            types == null && name.equals("abortOn")
                ? BuilderChains.predicate(arguments.get(0), context, null, 0)
                : null;
        if (predicate != null) {
          configuration.abortWhen(predicate);
        } else if (types == null) {
          configuration.unreadable();
        } else if (name.equals("handle")) {
          types.forEach(configuration::retryType);
        } else {
          types.forEach(configuration::excludeType);
        }
      }
      case "handleIf", "handleResultIf", "abortIf" -> {
        // A result predicate's parameter, and the first of a (result, exception) predicate's, is
        // the result.
        N function = view.strip(arguments.get(0));
        boolean exceptionOnly =
            name.equals("handleIf")
                && view.isLambda(function)
                && view.lambdaParameterCount(function) == 1;
        Condition predicate =
            BuilderChains.predicate(arguments.get(0), context, root, exceptionOnly ? 0 : 1);
        if (predicate == null) {
          configuration.unreadable();
        } else if (name.equals("handleIf")) {
          configuration.retryException(predicate);
        } else if (name.equals("handleResultIf")) {
          configuration.retryResult(predicate);
        } else {
          configuration.abortWhen(predicate);
        }
      }
      case "withDelay" ->
          configuration.delay(
              legacy && arguments.size() == 1
                  ? legacyDelay(arguments.get(0), context)
                  : Step.RetryDelay.FIXED);
      case "withBackoff" -> configuration.delay(Step.RetryDelay.OWN);
      case "withDelayFn", "withDelayFnOn", "withDelayFnWhen", "withDelayOn", "withDelayWhen" ->
          configuration.delay(BuilderChains.delayFunction(arguments.get(0), context));
      default -> {}
    }
  }

  /**
   * The delay of Failsafe 2's one-argument {@code withDelay}: a {@code Duration} of its own, or a
   * delay function (a {@code DelayFunction}, read as Failsafe 3's {@code withDelayFn}).
   */
  private static <N> Step.RetryDelay legacyDelay(N argument, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    return DURATION.equals(view.typeOf(view.strip(argument)))
        ? Step.RetryDelay.FIXED
        : BuilderChains.delayFunction(argument, context);
  }

  /** The work given to {@code Failsafe.with(policy).get(work)} (or run, getAsync...). */
  private static <N> @Nullable IntSet work(
      LoweringContext<N> context, String executor, String packageName) {
    CodeView<N> view = context.view();
    return BuilderChains.work(
        context,
        call ->
            BuilderChains.isOn(
                call,
                view,
                executor,
                root ->
                    BuilderChains.isStatic(root, view, packageName + ".Failsafe", "with", "none")));
  }
}
