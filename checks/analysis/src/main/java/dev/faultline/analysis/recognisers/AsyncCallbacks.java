package dev.faultline.analysis.recognisers;

import dev.faultline.analysis.view.CodeView;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The callbacks of an asynchronous request: OkHttp's and Retrofit 2's {@code
 * call.enqueue(callback)} hand the outcome to the callback's {@code onResponse(call, response)} (a
 * response of any status, which the method starts with in hand, as any handler given a response) or
 * {@code onFailure(call, e)} (a transport failure: no status). A re-send made from there is a
 * re-send of the request: enqueuing the handled call again ({@code call.clone().enqueue(this)}, a
 * new call of {@code call.request()}, or of the request the method around an anonymous callback
 * captured), or calling again the method that enqueued the request with the same arguments (a
 * counter may move on). A callback that enqueues another request (the next page) re-sends nothing.
 * The front ends ask about each call in a callback method.
 */
public final class AsyncCallbacks {
  private static final List<String> CALLBACKS = List.of("okhttp3.Callback", "retrofit2.Callback");
  private static final List<String> CALLS = List.of("okhttp3.Call", "retrofit2.Call");
  private static final Set<String> OUTCOMES = Set.of("onResponse", "onFailure");
  private static final Set<String> COUNTER_TYPES = Set.of("int", "long", "short", "byte");

  private AsyncCallbacks() {}

  /**
   * Whether a call made in {@code method} re-sends the request whose outcome the method handles:
   * {@code method} is a callback's {@code onResponse} or {@code onFailure}, and the call enqueues
   * the same request again or calls again the method that enqueued it.
   */
  public static <N> boolean resendsHandledRequest(CodeView<N> view, @Nullable N method, N call) {
    N handled = handledCall(view, method);
    if (handled == null) {
      return false;
    }
    if (isEnqueue(view, call)) {
      N receiver = view.receiver(call);
      return receiver != null && isSameCall(view, method, handled, view.strip(receiver));
    }
    return callsEnqueuingMethodAgain(view, method, call);
  }

  /**
   * Whether a method is a callback's {@code onFailure}: it is handed a transport failure (the
   * request got no response), never an HTTP error status, whatever type its parameter is declared
   * with.
   */
  public static <N> boolean handlesTransportFailure(CodeView<N> view, N method) {
    return "onFailure".equals(view.methodName(method)) && handledCall(view, method) != null;
  }

  /** The call parameter of a callback's onResponse / onFailure, or null for any other method. */
  private static <N> @Nullable N handledCall(CodeView<N> view, @Nullable N method) {
    String name = method == null ? null : view.methodName(method);
    if (name == null || !OUTCOMES.contains(name)) {
      return null;
    }
    List<? extends N> parameters = view.parameters(method);
    if (parameters.size() != 2
        || CALLBACKS.stream().noneMatch(type -> view.declaredInSubtypeOf(method, type))) {
      return null;
    }
    N first = parameters.get(0);
    return isCallType(view, view.declaredType(first)) ? first : null;
  }

  private static <N> boolean isCallType(CodeView<N> view, @Nullable String type) {
    return CALLS.stream().anyMatch(call -> view.isSubtype(type, call));
  }

  private static <N> boolean isEnqueue(CodeView<N> view, N call) {
    return view.isCall(call)
        && view.calledName(call).equals("enqueue")
        && view.arguments(call).size() == 1
        && !view.isStaticCall(call)
        && isCallType(view, view.receiverType(call));
  }

  /**
   * Whether a call object is the handled one or a copy of it: {@code call}, {@code call.clone()},
   * {@code client.newCall(call.request())}, or a new call of the request captured from the method
   * around the callback.
   */
  private static <N> boolean isSameCall(CodeView<N> view, N method, N handled, N expression) {
    if (view.refersTo(expression, handled)) {
      return true;
    }
    if (!view.isCall(expression) || view.receiver(expression) == null) {
      return false;
    }
    N receiver = view.strip(view.receiver(expression));
    String name = view.calledName(expression);
    if (name.equals("clone") && view.arguments(expression).isEmpty()) {
      return isSameCall(view, method, handled, receiver);
    }
    if (!name.equals("newCall") || view.arguments(expression).size() != 1) {
      return false;
    }
    N request = view.strip(view.arguments(expression).get(0));
    if (view.isCall(request)
        && view.calledName(request).equals("request")
        && view.arguments(request).isEmpty()
        && view.receiver(request) != null) {
      return isSameCall(view, method, handled, view.strip(view.receiver(request)));
    }
    return isCapturedFromEnqueuingMethod(view, method, request);
  }

  /**
   * Whether a name is a local variable or parameter of the method that declares the callback's
   * class: effectively final, it is the one request that method built and enqueued.
   */
  private static <N> boolean isCapturedFromEnqueuingMethod(CodeView<N> view, N method, N name) {
    N declaration = view.variableDeclaration(name);
    if (declaration == null || view.isField(declaration)) {
      return false;
    }
    N around = enqueuingMethod(view, method);
    return around != null && same(view.enclosingMethod(declaration), around);
  }

  /**
   * Whether a call calls again the method that declares the callback's (anonymous or local) class
   * and enqueues the request, with its own arguments: each one of its parameters passed on as it
   * is, or a counter moved on ({@code attempt + 1}).
   */
  private static <N> boolean callsEnqueuingMethodAgain(CodeView<N> view, N method, N call) {
    N around = enqueuingMethod(view, method);
    if (around == null
        || !view.isCall(call)
        || !same(view.declarationOf(call), view.declarationOf(around))) {
      return false;
    }
    List<? extends N> parameters = view.parameters(around);
    List<? extends N> arguments = view.arguments(call);
    if (parameters.size() != arguments.size()) {
      return false;
    }
    N body = view.methodBody(around);
    for (int i = 0; i < parameters.size(); i++) {
      if (!passesOn(view, view.strip(arguments.get(i)), parameters.get(i), body)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether an argument is the parameter itself, or a counter moved on: a number parameter that the
   * method's own code (outside the callback) does not use, so that the request does not depend on
   * it ({@code load(page + 1)} asks for another page).
   */
  private static <N> boolean passesOn(CodeView<N> view, N argument, N parameter, N body) {
    if (view.refersTo(argument, parameter)) {
      return true;
    }
    String operator = view.binaryOperator(argument);
    return ("+".equals(operator) || "-".equals(operator))
        && COUNTER_TYPES.contains(view.declaredType(parameter))
        && !mentions(view, body, parameter)
        && view.refersTo(view.strip(view.binaryOperands(argument).get(0)), parameter)
        && view.literalValue(view.strip(view.binaryOperands(argument).get(1))) instanceof Number;
  }

  /** Whether code names a variable anywhere outside the classes declared in it. */
  private static <N> boolean mentions(CodeView<N> view, N code, N variable) {
    if (view.refersTo(code, variable)) {
      return true;
    }
    for (N child : view.childrenOf(code)) {
      if (mentions(view, child, variable)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The method that declares the callback's class, when it enqueues a request (the callback is an
   * anonymous or local class of it), or null.
   */
  private static <N> @Nullable N enqueuingMethod(CodeView<N> view, N method) {
    N around = view.enclosingMethod(method);
    N body = around == null ? null : view.methodBody(around);
    if (body == null) {
      return null;
    }
    for (N call : view.callsIn(body)) {
      if (isEnqueue(view, call)) {
        return around;
      }
    }
    return null;
  }

  @SuppressWarnings("ReferenceEquality") // one declaration is one node (or symbol) in both views
  private static boolean same(@Nullable Object a, @Nullable Object b) {
    return a != null && a == b;
  }
}
