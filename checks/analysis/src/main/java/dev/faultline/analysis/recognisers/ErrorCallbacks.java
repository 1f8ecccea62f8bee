package dev.faultline.analysis.recognisers;

import dev.faultline.analysis.catalogue.HttpClientCatalogue;
import dev.faultline.analysis.library.HttpErrorTypes;
import dev.faultline.analysis.library.RetryConfiguration;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.values.ClassFacts;
import dev.faultline.analysis.values.ConditionEvaluator;
import dev.faultline.analysis.values.Operands;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Library callbacks that the client library calls with a response in hand, and the statuses that
 * response may have.
 *
 * <ul>
 *   <li>Methods: Spring's {@code ResponseErrorHandler.handleError}, for what its {@code hasError}
 *       accepts (by default 4xx and 5xx); Feign's {@code ErrorDecoder.decode}, for any status but a
 *       success; MicroProfile Rest Client's {@code ResponseExceptionMapper.toThrowable}, for what
 *       its {@code handles(status, headers)} accepts (by default 400 and up).
 *   <li>Lambdas given to a call that hands them the response of any status: RestClient's {@code
 *       exchange((request, response) -> ...)}, WebClient's {@code exchangeToMono(response -> ...)}
 *       and {@code exchangeToFlux}; and the failure stages of a {@code CompletableFuture} ({@link
 *       CompletableFutureStages}).
 *   <li>The functions chained on a WebClient {@code ClientResponse}'s body ({@code
 *       response.bodyToMono(ErrorBody.class).flatMap(error -> ...)}): they are handed the body.
 * </ul>
 */
public final class ErrorCallbacks {
  private static final String RESPONSE_ERROR_HANDLER =
      "org.springframework.web.client.ResponseErrorHandler";
  private static final String NO_OP_ERROR_HANDLER =
      "org.springframework.web.client.NoOpResponseErrorHandler";
  private static final String ERROR_DECODER = "feign.codec.ErrorDecoder";
  private static final String RESPONSE_EXCEPTION_MAPPER =
      "org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper";

  /** What a response error handler that keeps the default {@code hasError} handles. */
  private static final IntSet HANDLED_BY_DEFAULT = IntSet.range(400, 599);

  /** What Feign hands an error decoder: any status but a success. */
  private static final IntSet DECODED =
      HttpErrorTypes.ANY_HTTP_STATUS.minus(HttpErrorTypes.SUCCESS);

  /** What a response exception mapper that keeps the default {@code handles} maps: 400 and up. */
  private static final IntSet MAPPED_BY_DEFAULT = IntSet.range(400, 599);

  /** The reactive operators whose function is handed the value the publisher emits. */
  private static final Set<String> VALUE_OPERATORS =
      Set.of("map", "flatMap", "flatMapMany", "handle", "doOnNext", "mapNotNull", "filter");

  /** The reactive operators that pass on what the publisher emits, with a fallback or a bound. */
  private static final Set<String> PASSING_OPERATORS =
      Set.of("defaultIfEmpty", "switchIfEmpty", "timeout", "onErrorResume", "log", "cache");

  private ErrorCallbacks() {}

  /**
   * The statuses a callback method is called for, or null when the method is none: a response error
   * handler's {@code handleError} (a {@code hasError} test it cannot read accepts), an error
   * decoder's {@code decode}, a response exception mapper's {@code toThrowable}.
   */
  public static <N> @Nullable IntSet handledStatuses(
      N method, N owner, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    String name = view.methodName(method);
    if ("handleError".equals(name) && view.declaredInSubtypeOf(method, RESPONSE_ERROR_HANDLER)) {
      if (view.declaredMethod(owner, "hasError") == null
          && view.declaredInSubtypeOf(method, NO_OP_ERROR_HANDLER)) {
        // Spring's NoOpResponseErrorHandler finds no error: its handleError is never called.
        return IntSet.EMPTY;
      }
      return accepted(owner, "hasError", null, HANDLED_BY_DEFAULT, context);
    }
    if ("toThrowable".equals(name) && view.declaredInSubtypeOf(method, RESPONSE_EXCEPTION_MAPPER)) {
      return accepted(owner, "handles", Operands.Kind.STATUS_INT, MAPPED_BY_DEFAULT, context);
    }
    return "decode".equals(name) && view.declaredInSubtypeOf(method, ERROR_DECODER)
        ? DECODED
        : null;
  }

  /**
   * The statuses for which the class's own test method returns true (its first parameter bound to
   * {@code parameterKind} when given), or {@code inherited} when the class does not declare it.
   */
  private static <N> IntSet accepted(
      N owner,
      String testName,
      Operands.@Nullable Kind parameterKind,
      IntSet inherited,
      LoweringContext<N> context) {
    CodeView<N> view = context.view();
    N test = view.declaredMethod(owner, testName);
    N body = test == null ? null : view.methodBody(test);
    if (body == null) {
      return inherited;
    }
    ClassFacts<N> facts = context.factsOf(owner);
    Operands<N> operands = Operands.of(test, facts, context);
    List<? extends N> parameters = view.parameters(test);
    if (parameterKind != null && !parameters.isEmpty()) {
      Object parameter = view.declarationOf(parameters.get(0));
      if (parameter != null) {
        operands = operands.bindKind(parameter, parameterKind);
      }
    }
    Condition accepted = new ConditionEvaluator<>(context, facts, operands, 0).returnsTrue(body);
    return ThrownExceptionStatuses.statusesWhere(
        RetryConfiguration.known(accepted, true), true, HttpErrorTypes.ANY_HTTP_STATUS);
  }

  /**
   * The response a callback method starts with, or null when the method is none (or is never
   * called). The library has tested the status: the handler is a look at an error response.
   */
  public static <N> Step.@Nullable ResponseArrives arrivesInMethod(
      N method, LoweringContext<N> context) {
    N owner = context.view().enclosingClass(method);
    IntSet statuses = owner == null ? null : handledStatuses(method, owner, context);
    return statuses == null || statuses.isEmpty() ? null : new Step.ResponseArrives(statuses, true);
  }

  /**
   * The response the function arguments of a call start with, or null when the call hands its
   * functions no response: a failure stage of a future of a request, and RestClient's {@code
   * exchange} and WebClient's {@code exchangeToMono} / {@code exchangeToFlux}, whose function is
   * handed the response of any status, before any test of it.
   */
  public static <N> Step.@Nullable ResponseArrives arrivesInFunctionOf(
      N call, LoweringContext<N> context) {
    Step.ResponseArrives failure = CompletableFutureStages.failureArrives(call, context);
    if (failure != null) {
      return failure;
    }
    return HttpClientCatalogue.isExchange(context.view(), call)
        ? new Step.ResponseArrives(HttpErrorTypes.ANY_HTTP_STATUS, false)
        : null;
  }

  /**
   * The call reading a WebClient response's body whose value a reactive operator's function is
   * handed ({@code response.bodyToMono(ErrorBody.class).flatMap(error -> ...)}, also past a {@code
   * defaultIfEmpty}), or null when the call is no such operator.
   */
  public static <N> @Nullable N bodyHandedToFunction(CodeView<N> view, N call) {
    if (!VALUE_OPERATORS.contains(view.calledName(call))) {
      return null;
    }
    N receiver = view.receiver(call);
    while (receiver != null) {
      N stripped = view.strip(receiver);
      if (!view.isCall(stripped)) {
        return null;
      }
      if (HttpClientCatalogue.readsReactiveBody(view, stripped)) {
        return stripped;
      }
      if (!PASSING_OPERATORS.contains(view.calledName(stripped))) {
        return null;
      }
      receiver = view.receiver(stripped);
    }
    return null;
  }
}
