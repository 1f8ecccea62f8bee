package dev.faultline.analysis.recognisers;

import dev.faultline.analysis.library.HttpNames;
import dev.faultline.analysis.library.RetryConfiguration;
import dev.faultline.analysis.library.RetryHooks;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.FoldedConditions;
import dev.faultline.analysis.model.RetryLibrary;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Google HTTP Client ({@code com.google.api.client.http}): {@code HttpRequest.execute()} hands
 * every non-2xx response to the request's {@code HttpUnsuccessfulResponseHandler} and re-sends the
 * request when it returns true, while retries remain ({@code setNumberOfRetries}, 10 by default).
 *
 * <ul>
 *   <li>{@code request.setUnsuccessfulResponseHandler(new HttpBackOffUnsuccessfulResponseHandler(
 *       backOff))} re-sends the responses its {@code BackOffRequired} accepts ({@code
 *       ON_SERVER_ERROR}, every 5xx, unless {@code setBackOffRequired} says otherwise: {@code
 *       ALWAYS}, or a lambda or class whose {@code isRequired(response)} is read), after the
 *       back-off's next interval: a {@code BackOff} never sees the response, so the wait is never
 *       the Retry-After one. A request whose retries are all set to 0 in the method is not re-sent.
 *   <li>The deprecated {@code request.setBackOffPolicy(new ExponentialBackOffPolicy())} re-sends
 *       500 and 503 after its own exponential interval.
 *   <li>An own handler is judged at its {@code handleResponse(request, response, supportsRetry)}:
 *       the statuses for which it returns true, whether it waits first and whether that wait reads
 *       Retry-After, and whether it refreshes credentials (a 401 answered with a new token).
 * </ul>
 *
 * <p>A predicate or handler that cannot be read, a handler built elsewhere, or one that delegates
 * to another handler is not judged. The I/O exception handlers re-send transport failures only.
 */
final class GoogleHttpRetries implements RetryRecogniser {
  /** How far a handler or predicate held in a variable is followed to its initializer. */
  private static final int MAX_VARIABLE_HOPS = 3;

  @Override
  public <N> Step ofCall(N call, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    String name = view.calledName(call);
    if (!(name.equals("setUnsuccessfulResponseHandler") || name.equals("setBackOffPolicy"))
        || view.arguments(call).size() != 1
        || !view.isSubtype(view.receiverType(call), RetryHooks.GOOGLE_REQUEST)
        || retriesTurnedOff(call, view)) {
      return Step.NOTHING;
    }
    N argument = view.arguments(call).get(0);
    Condition required =
        name.equals("setBackOffPolicy")
            ? backOffPolicy(argument, view)
            : backOffRequired(call, argument, context);
    if (required == null) {
      return Step.NOTHING;
    }
    Condition retried = RetryConfiguration.known(required, false);
    if (!FoldedConditions.testsStatus(retried)) {
      return Step.NOTHING;
    }
    return new Step.LibraryRetry(
        view.anchor(call),
        RetryLibrary.GOOGLE_HTTP_CLIENT,
        RetryHooks.GOOGLE_UNSUCCESSFUL_STATUSES,
        retried,
        Step.RetryDelay.OWN,
        false);
  }

  /**
   * The statuses the deprecated {@code ExponentialBackOffPolicy} (created in place) backs off and
   * re-sends: 500 and 503; null for any other policy.
   */
  private static <N> @Nullable Condition backOffPolicy(N policy, CodeView<N> view) {
    N value = view.strip(policy);
    return !view.createsAnonymousClass(value)
            && RetryHooks.GOOGLE_EXPONENTIAL_BACK_OFF_POLICY.equals(view.createdType(value))
        ? new Condition.StatusIn(RetryHooks.GOOGLE_BACK_OFF_POLICY_STATUSES)
        : null;
  }

  /**
   * Whether the method that installs the handler sets the number of retries, and sets it to 0
   * wherever it does: the handler is then asked, but nothing is re-sent.
   */
  private static <N> boolean retriesTurnedOff(N call, CodeView<N> view) {
    boolean set = false;
    for (N other : view.callsInEnclosingMethod(call)) {
      List<? extends N> arguments = view.arguments(other);
      if (!view.calledName(other).equals("setNumberOfRetries")
          || arguments.size() != 1
          || !view.isSubtype(view.receiverType(other), RetryHooks.GOOGLE_REQUEST)) {
        continue;
      }
      if (!(view.constantValue(arguments.get(0)) instanceof Integer retries) || retries != 0) {
        return false;
      }
      set = true;
    }
    return set;
  }

  /**
   * The condition under which an {@code HttpBackOffUnsuccessfulResponseHandler} given to {@code
   * setUnsuccessfulResponseHandler} backs off and re-sends; null when the value is not such a
   * handler created in place (or in a variable of this method or class) and configured here.
   */
  private static <N> @Nullable Condition backOffRequired(
      N install, N handler, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    N value = view.strip(handler);
    Object variable = null;
    for (int hops = 0; view.isName(value) && hops < MAX_VARIABLE_HOPS; hops++) {
      variable = view.declarationOf(value);
      N initialiser = context.initialiserOf(value);
      if (initialiser == null) {
        return null;
      }
      value = view.strip(initialiser);
    }
    Condition required = null;
    while (view.isCall(value)) {
      String name = view.calledName(value);
      List<? extends N> arguments = view.arguments(value);
      if (name.equals("setBackOffRequired") && arguments.size() == 1) {
        // The last call of the chain is the outermost one: it wins.
        required = required != null ? required : predicate(arguments.get(0), context, 0);
      } else if (!name.equals("setSleeper")) {
        return null;
      }
      N receiver = view.receiver(value);
      if (receiver == null) {
        return null;
      }
      value = view.strip(receiver);
    }
    if (view.createsAnonymousClass(value)
        || !RetryHooks.GOOGLE_BACK_OFF_HANDLER.equals(view.createdType(value))) {
      return null;
    }
    if (variable != null) {
      required = orSetLater(required, variable, install, context);
    }
    return required != null ? required : new Condition.StatusIn(RetryHooks.GOOGLE_ON_SERVER_ERROR);
  }

  /**
   * The predicate, or-ed with those that {@code handler.setBackOffRequired(..)} calls on the
   * handler's variable in the installing method give it (on one path or another).
   */
  private static <N> @Nullable Condition orSetLater(
      @Nullable Condition required, Object variable, N install, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    Condition result = required;
    for (N call : view.callsInEnclosingMethod(install)) {
      N receiver = view.receiver(call);
      List<? extends N> arguments = view.arguments(call);
      if (view.calledName(call).equals("setBackOffRequired")
          && arguments.size() == 1
          && receiver != null
          && view.isName(view.strip(receiver))
          && Objects.equals(view.declarationOf(view.strip(receiver)), variable)) {
        Condition set = predicate(arguments.get(0), context, 0);
        result = result == null ? set : FoldedConditions.or(result, set);
      }
    }
    return result;
  }

  /** What a {@code BackOffRequired} accepts: a library constant, a lambda, a class of this file. */
  private static <N> Condition predicate(N value, LoweringContext<N> context, int hops) {
    CodeView<N> view = context.view();
    N tree = view.strip(value);
    String field = view.referencedField(tree);
    if ((RetryHooks.GOOGLE_BACK_OFF_REQUIRED + ".ALWAYS").equals(field)) {
      return Condition.TRUE;
    }
    if ((RetryHooks.GOOGLE_BACK_OFF_REQUIRED + ".ON_SERVER_ERROR").equals(field)) {
      return new Condition.StatusIn(RetryHooks.GOOGLE_ON_SERVER_ERROR);
    }
    if (view.isLambda(tree)) {
      Condition condition = context.lambdaCondition(tree, null, 0);
      return condition == null ? Condition.UNKNOWN : condition;
    }
    N declaration = null;
    if (view.createsAnonymousClass(tree)) {
      declaration = tree;
    } else if (view.createdType(tree) != null) {
      declaration = view.declaredClass(view.createdType(tree));
    }
    if (declaration != null) {
      N isRequired = view.declaredMethod(declaration, "isRequired");
      return isRequired == null ? Condition.UNKNOWN : context.retryPredicate(isRequired);
    }
    if (view.isName(tree) && hops < MAX_VARIABLE_HOPS) {
      N initialiser = context.initialiserOf(tree);
      return initialiser == null ? Condition.UNKNOWN : predicate(initialiser, context, hops + 1);
    }
    return Condition.UNKNOWN;
  }

  @Override
  public <N> List<Step> ofMethod(N method, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    if (!"handleResponse".equals(view.methodName(method))) {
      return List.of();
    }
    N body = view.methodBody(method);
    List<? extends N> parameters = view.parameters(method);
    if (body == null
        || parameters.size() != 3
        || !view.isSubtype(view.declaredType(parameters.get(1)), RetryHooks.GOOGLE_RESPONSE)
        || !view.declaredInSubtypeOf(method, RetryHooks.GOOGLE_UNSUCCESSFUL_RESPONSE_HANDLER)) {
      return List.of();
    }
    N supportsRetry = parameters.get(2);
    Function<N, Condition> read = value -> handlerCondition(value, supportsRetry, context);
    Condition retried =
        RetryConfiguration.known(
            ReturnConditions.of(
                body, context, read, read, value -> Condition.FALSE, Condition.UNKNOWN),
            false);
    if (!FoldedConditions.testsStatus(retried)) {
      return List.of();
    }
    boolean refreshes = false;
    boolean waits = false;
    boolean readsRetryAfter = false;
    for (N call : view.callsIn(body)) {
      refreshes |= HttpNames.namesCredentialRefresh(view.calledName(call));
      waits |= context.isWaitCall(call);
      readsRetryAfter |= context.readsRetryAfterWithHelpers(call);
    }
    Step.RetryDelay delay =
        readsRetryAfter
            ? Step.RetryDelay.RETRY_AFTER
            : waits ? Step.RetryDelay.OWN : Step.RetryDelay.NONE;
    return List.of(
        new Step.LibraryRetry(
            view.nameAnchor(method),
            RetryLibrary.GOOGLE_HTTP_CLIENT,
            RetryHooks.GOOGLE_UNSUCCESSFUL_STATUSES,
            retried,
            delay,
            refreshes));
  }

  /**
   * What a handler's test or returned value means: its {@code supportsRetry} parameter is true on
   * every path that can re-send (retries remain), and {@code BackOffUtils.next(sleeper, backOff)}
   * is true until the back-off gives up, like an attempt count; anything else is read as an if
   * condition is.
   */
  private static <N> Condition handlerCondition(
      N value, N supportsRetry, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    return ReturnConditions.logical(
        value,
        view,
        tree -> {
          if (view.isName(tree) && view.refersTo(tree, supportsRetry)) {
            return Condition.TRUE;
          }
          if (view.isCall(tree)
              && view.calledName(tree).equals("next")
              && RetryHooks.GOOGLE_BACK_OFF_UTILS.equals(view.calledOwner(tree))) {
            return Condition.TRUE;
          }
          return context.conditionOf(tree);
        });
  }
}
