package dev.faultline.analysis.recognisers;

import dev.faultline.analysis.library.RetryConfiguration;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.values.ConditionEvaluator;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What the recognisers of retry libraries configured by builder chains share, over the code view.
 */
public final class BuilderChains {
  private BuilderChains() {}

  /**
   * The calls of a builder chain ending with {@code last}, first to last: the first is the call
   * that made the builder, each later one is called on the value of the one before.
   */
  public static <N> List<N> links(N last, CodeView<N> view) {
    List<N> links = new ArrayList<>();
    N current = last;
    while (current != null && view.isCall(current)) {
      links.add(0, current);
      N receiver = view.receiver(current);
      current = receiver == null ? null : view.strip(receiver);
    }
    return links;
  }

  /**
   * The links of a builder chain {@code owner.builder()...build()} that ends with {@code call} (see
   * {@link #links}), or null when {@code call} is no {@code build()} or the chain does not start
   * with the owner's {@code builder()}.
   */
  public static <N> @Nullable List<N> builtBy(N call, CodeView<N> view, String owner) {
    if (!view.calledName(call).equals("build")) {
      return null;
    }
    List<N> links = links(call, view);
    return isStatic(links.get(0), view, owner, "builder") ? links : null;
  }

  /**
   * The links of the builder chain that a {@code build()} call completes, first to last, or null
   * when the call is no {@code build()}, is made on a value of another type than {@code
   * builderType} (a type the front end cannot tell is taken as the builder's), or has nothing
   * before it in the chain.
   */
  public static <N> @Nullable List<N> built(N call, CodeView<N> view, String builderType) {
    N receiver = view.receiver(call);
    if (!view.calledName(call).equals("build") || receiver == null) {
      return null;
    }
    String receiverType = view.typeOf(receiver);
    if (receiverType != null && !receiverType.equals(builderType)) {
      return null;
    }
    List<N> links = links(call, view);
    return links.size() < 2 ? null : links;
  }

  /** Whether a call is the static method {@code owner.name} for one of the names. */
  public static <N> boolean isStatic(N call, CodeView<N> view, String owner, String... names) {
    return List.of(names).contains(view.calledName(call))
        && view.isStaticCall(call)
        && owner.equals(view.calledOwner(call));
  }

  /**
   * Whether a call is an instance method of {@code type}: declared there, or made on a value of
   * that type, or on the value of a call chain whose first call {@code root} accepts (when the
   * front end cannot tell the chain's type).
   */
  public static <N> boolean isOn(N call, CodeView<N> view, String type, Predicate<N> root) {
    if (view.isStaticCall(call)) {
      return false;
    }
    if (type.equals(view.calledOwner(call))) {
      return true;
    }
    N receiver = view.receiver(call);
    if (receiver == null) {
      return false;
    }
    N stripped = view.strip(receiver);
    if (view.isCall(stripped)) {
      return root.test(links(stripped, view).get(0));
    }
    return type.equals(view.typeOf(stripped));
  }

  /**
   * The exception types that class-literal arguments name ({@code X.class}, also inside {@code
   * List.of(...)}), or null when an argument is anything else.
   */
  public static <N> @Nullable List<String> classLiterals(
      List<? extends N> arguments, CodeView<N> view) {
    List<String> types = new ArrayList<>();
    for (N argument : arguments) {
      N tree = view.strip(argument);
      String literal = view.classLiteralType(tree);
      if (literal != null) {
        types.add(literal);
      } else if (view.isCall(tree)) {
        List<String> inner = classLiterals(view.arguments(tree), view);
        if (inner == null) {
          return null;
        }
        types.addAll(inner);
      } else {
        return null;
      }
    }
    return types;
  }

  /**
   * The condition of a predicate argument: a lambda's, or what a predicate made by an out-of-sight
   * call named after the statuses it is given accepts ({@link
   * ConditionEvaluator#statusPredicateMadeBy}); null for anything else (a method reference, a
   * variable, another call). The lambda's first {@code typedParameters} parameters are of the type
   * argument of {@code typingCall}, when given.
   */
  public static <N> @Nullable Condition predicate(
      N argument, LoweringContext<N> context, @Nullable N typingCall, int typedParameters) {
    N stripped = context.view().strip(argument);
    return context.view().isLambda(stripped)
        ? context.lambdaCondition(stripped, typingCall, typedParameters)
        : ConditionEvaluator.statusPredicateMadeBy(stripped, context);
  }

  /**
   * The delay a delay function gives: from Retry-After when it reads the header; one of its own
   * otherwise. A function that cannot be read (a method reference, a variable) is taken to honour
   * the header, so as not to report it.
   */
  public static <N> Step.RetryDelay delayFunction(N argument, LoweringContext<N> context) {
    if (!context.view().isLambda(context.view().strip(argument))) {
      return Step.RetryDelay.RETRY_AFTER;
    }
    return context.readsRetryAfter(argument) ? Step.RetryDelay.RETRY_AFTER : Step.RetryDelay.OWN;
  }

  /**
   * The HTTP errors of the work that the member being lowered (a method, a field initializer) hands
   * to the library: the requests in the arguments of the calls that {@code runsWork} accepts. Null
   * when there is no such work.
   */
  public static <N> @Nullable IntSet work(LoweringContext<N> context, Predicate<N> runsWork) {
    IntSet statuses = null;
    CodeView<N> view = context.view();
    for (N call : view.callsIn(context.member())) {
      if (runsWork.test(call)) {
        for (N argument : view.arguments(call)) {
          IntSet thrown = context.httpErrorsThrownIn(argument);
          if (thrown != null) {
            statuses = statuses == null ? thrown : statuses.union(thrown);
          }
        }
      }
    }
    return statuses;
  }

  /** The configuration's retries, anchored at the call that completes it. */
  public static <N> Step steps(
      RetryConfiguration configuration, N anchor, @Nullable IntSet work, CodeView<N> view) {
    List<Step> steps = configuration.steps(view.anchor(anchor), work);
    return steps.isEmpty() ? Step.NOTHING : Step.block(steps);
  }
}
