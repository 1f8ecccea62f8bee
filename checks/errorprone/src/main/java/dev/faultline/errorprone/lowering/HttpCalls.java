package dev.faultline.errorprone.lowering;

import static com.google.errorprone.matchers.method.MethodMatchers.instanceMethod;
import static com.google.errorprone.matchers.method.MethodMatchers.staticMethod;

import com.google.errorprone.VisitorState;
import com.google.errorprone.matchers.Matcher;
import com.google.errorprone.matchers.Matchers;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import dev.faultline.analysis.library.HttpNames;
import java.util.List;
import java.util.Optional;

/** What javac-typed calls mean to the analysis: requests, status reads, waits, header reads. */
final class HttpCalls {
  private HttpCalls() {}

  static final String FIC_API_EXCEPTION = "it.fattureincloud.sdk.ApiException";
  private static final String FIC_API_PACKAGE = "it.fattureincloud.sdk.api";
  private static final String IO_EXCEPTION = "java.io.IOException";
  private static final List<String> SPRING_THROWN = List.of(
      "org.springframework.web.client.RestClientResponseException",
      "org.springframework.web.client.ResourceAccessException");

  /** How a request reports failures. */
  record RequestKind(List<String> thrownTypes, boolean throwsOnHttpError) {}

  private static final RequestKind FIC = new RequestKind(List.of(FIC_API_EXCEPTION), true);
  private static final RequestKind TRANSPORT_ONLY = new RequestKind(List.of(IO_EXCEPTION), false);
  private static final RequestKind ASYNC = new RequestKind(List.of(), false);
  private static final RequestKind SPRING = new RequestKind(SPRING_THROWN, true);
  private static final String WEB_CLIENT = "org.springframework.web.reactive.function.client.";
  /** A WebClient request: its failures arrive as these exceptions (at {@code block()} or in the publisher). */
  private static final RequestKind WEB_CLIENT_REQUEST = new RequestKind(
      List.of(WEB_CLIENT + "WebClientResponseException", WEB_CLIENT + "WebClientRequestException"), true);

  private static final Matcher<ExpressionTree> FIC_API_CALL =
      instanceMethod()
          .onClass((type, state) -> inPackage(type, FIC_API_PACKAGE))
          .withAnyName();
  private static final Matcher<ExpressionTree> FIC_API_CLIENT_EXECUTE =
      instanceMethod().onDescendantOf("it.fattureincloud.sdk.ApiClient").named("execute");
  private static final Matcher<ExpressionTree> JDK_SEND =
      instanceMethod().onDescendantOf("java.net.http.HttpClient").named("send");
  private static final Matcher<ExpressionTree> JDK_SEND_ASYNC =
      instanceMethod().onDescendantOf("java.net.http.HttpClient").named("sendAsync");
  private static final Matcher<ExpressionTree> OKHTTP_EXECUTE =
      instanceMethod().onDescendantOf("okhttp3.Call").named("execute");
  /** An interceptor sending the request on down the chain: each call is a request of its own. */
  private static final Matcher<ExpressionTree> OKHTTP_PROCEED =
      instanceMethod().onDescendantOf("okhttp3.Interceptor.Chain").named("proceed");
  private static final Matcher<ExpressionTree> URL_OPEN_CONNECTION =
      instanceMethod().onDescendantOf("java.net.URL").named("openConnection");
  private static final Matcher<ExpressionTree> REST_TEMPLATE_CALL =
      instanceMethod()
          .onDescendantOf("org.springframework.web.client.RestOperations")
          .namedAnyOf("getForObject", "getForEntity", "headForHeaders", "postForLocation", "postForObject",
              "postForEntity", "put", "patchForObject", "delete", "optionsForAllow", "exchange", "execute");
  private static final Matcher<ExpressionTree> REST_CLIENT_RETRIEVE =
      instanceMethod()
          .onDescendantOf("org.springframework.web.client.RestClient.ResponseSpec")
          .namedAnyOf("body", "toEntity", "toBodilessEntity");
  private static final Matcher<ExpressionTree> WEB_CLIENT_RETRIEVE = Matchers.anyOf(
      instanceMethod()
          .onDescendantOf(WEB_CLIENT + "WebClient.ResponseSpec")
          .namedAnyOf("bodyToMono", "bodyToFlux", "toEntity", "toEntityList", "toEntityFlux", "toBodilessEntity"),
      instanceMethod()
          .onDescendantOf(WEB_CLIENT + "WebClient.RequestHeadersSpec")
          .namedAnyOf("exchangeToMono", "exchangeToFlux"));
  private static final Matcher<ExpressionTree> APACHE_EXECUTE =
      instanceMethod()
          .onDescendantOf("org.apache.hc.client5.http.classic.HttpClient")
          .namedAnyOf("execute", "executeOpen");

  /** The request kind of a call that sends an HTTP request, if it is one. */
  static Optional<RequestKind> request(ExpressionTree call, VisitorState state) {
    if (FIC_API_CALL.matches(call, state)) {
      MethodSymbol symbol = ASTHelpers.getSymbol((MethodInvocationTree) call);
      boolean throwsApiException = symbol.getThrownTypes().stream()
          .anyMatch(t -> t.tsym.getQualifiedName().contentEquals(FIC_API_EXCEPTION));
      return throwsApiException ? Optional.of(FIC) : Optional.empty();
    }
    if (FIC_API_CLIENT_EXECUTE.matches(call, state)) {
      return Optional.of(FIC);
    }
    if (JDK_SEND.matches(call, state) || OKHTTP_EXECUTE.matches(call, state) || OKHTTP_PROCEED.matches(call, state)
        || URL_OPEN_CONNECTION.matches(call, state) || APACHE_EXECUTE.matches(call, state)) {
      return Optional.of(TRANSPORT_ONLY);
    }
    if (JDK_SEND_ASYNC.matches(call, state)) {
      return Optional.of(ASYNC);
    }
    if (REST_TEMPLATE_CALL.matches(call, state) || REST_CLIENT_RETRIEVE.matches(call, state)) {
      return Optional.of(SPRING);
    }
    if (WEB_CLIENT_RETRIEVE.matches(call, state)) {
      return Optional.of(WEB_CLIENT_REQUEST);
    }
    return Optional.empty();
  }

  private static boolean inPackage(Type type, String packageName) {
    return type.tsym != null
        && ASTHelpers.enclosingPackage(type.tsym)
            .map(p -> p.getQualifiedName().contentEquals(packageName))
            .orElse(false);
  }

  /** Calls that return a response's status as an int. */
  static final Matcher<ExpressionTree> STATUS_INT = Matchers.anyOf(
      instanceMethod().onDescendantOf(FIC_API_EXCEPTION).named("getCode"),
      instanceMethod().onDescendantOf("it.fattureincloud.sdk.ApiResponse").named("getStatusCode"),
      instanceMethod().onDescendantOf("java.net.http.HttpResponse").named("statusCode"),
      instanceMethod().onDescendantOf("okhttp3.Response").named("code"),
      instanceMethod().onDescendantOf("java.net.HttpURLConnection").named("getResponseCode"),
      instanceMethod().onDescendantOf("org.apache.hc.core5.http.HttpResponse").named("getCode"),
      instanceMethod().onDescendantOf("org.springframework.web.client.RestClientResponseException")
          .named("getRawStatusCode"),
      instanceMethod().onDescendantOf("org.springframework.http.HttpStatusCode").named("value"),
      instanceMethod().onDescendantOf("feign.FeignException").named("status"),
      instanceMethod().onDescendantOf("feign.Response").named("status"));

  /** Calls that return a response's status as a Spring {@code HttpStatusCode}. */
  static final Matcher<ExpressionTree> STATUS_OBJECT = Matchers.anyOf(
      instanceMethod().onDescendantOf("org.springframework.web.client.RestClientResponseException")
          .named("getStatusCode"),
      instanceMethod().onDescendantOf("org.springframework.http.ResponseEntity").named("getStatusCode"),
      instanceMethod().onDescendantOf(WEB_CLIENT + "WebClientResponseException").named("getStatusCode"),
      instanceMethod().onDescendantOf("org.springframework.http.client.ClientHttpResponse")
          .named("getStatusCode"),
      staticMethod().onClass("org.springframework.http.HttpStatus").named("valueOf"),
      staticMethod().onClass("org.springframework.http.HttpStatusCode").named("valueOf"),
      staticMethod().onClass("org.springframework.http.HttpStatus").named("resolve"));

  /** Status-object predicates and the statuses for which they are true. */
  static final Matcher<ExpressionTree> STATUS_OBJECT_PREDICATE =
      instanceMethod().onDescendantOf("org.springframework.http.HttpStatusCode")
          .namedAnyOf("is1xxInformational", "is2xxSuccessful", "is3xxRedirection", "is4xxClientError",
              "is5xxServerError", "isError", "isSameCodeAs");

  static final Matcher<ExpressionTree> OKHTTP_IS_SUCCESSFUL =
      instanceMethod().onDescendantOf("okhttp3.Response").named("isSuccessful");

  /** Waits whose every argument is (part of) the delay. */
  static final Matcher<ExpressionTree> SLEEP = Matchers.anyOf(
      staticMethod().onClass("java.lang.Thread").named("sleep"),
      instanceMethod().onDescendantOf("java.util.concurrent.TimeUnit").named("sleep"),
      staticMethod().onClass("com.google.common.util.concurrent.Uninterruptibles")
          .named("sleepUninterruptibly"),
      staticMethod().onClass("java.util.concurrent.locks.LockSupport").namedAnyOf("parkNanos", "parkUntil"));

  /** {@code schedule(task, delay, unit)}: waits, then runs the task. */
  static final Matcher<ExpressionTree> SCHEDULE =
      instanceMethod().onDescendantOf("java.util.concurrent.ScheduledExecutorService").named("schedule");

  /** {@code CompletableFuture.delayedExecutor(delay, unit)}: an executor that waits before each task. */
  static final Matcher<ExpressionTree> DELAYED_EXECUTOR =
      staticMethod().onClass("java.util.concurrent.CompletableFuture").named("delayedExecutor");

  /** A client's status handler: {@code onStatus(predicate, handler)}. */
  static final Matcher<ExpressionTree> ON_STATUS = Matchers.anyOf(
      instanceMethod().onDescendantOf("org.springframework.web.client.RestClient.ResponseSpec").named("onStatus"),
      instanceMethod().onDescendantOf("org.springframework.web.reactive.function.client.WebClient.ResponseSpec")
          .named("onStatus"));

  /** Calls that log or print their arguments. */
  static final Matcher<ExpressionTree> LOG_OR_PRINT = Matchers.anyOf(
      instanceMethod().onDescendantOf("org.slf4j.Logger").withAnyName(),
      instanceMethod().onDescendantOf("java.util.logging.Logger").withAnyName(),
      instanceMethod().onDescendantOf("java.lang.System.Logger").withAnyName(),
      instanceMethod().onDescendantOf("org.apache.logging.log4j.Logger").withAnyName(),
      instanceMethod().onDescendantOf("org.apache.commons.logging.Log").withAnyName(),
      instanceMethod().onDescendantOf("java.io.PrintStream").namedAnyOf("print", "println", "printf", "format"));

  /** Whether an expression names the Retry-After header: a string constant or a well-known constant field. */
  static boolean isRetryAfterName(ExpressionTree expression) {
    Object constant = ASTHelpers.constValue(expression);
    if (constant instanceof String text) {
      return HttpNames.isRetryAfterName(text);
    }
    Symbol symbol = ASTHelpers.getSymbol(expression);
    if (symbol instanceof Symbol.VarSymbol && symbol.owner != null) {
      return HttpNames.RETRY_AFTER_CONSTANTS.contains(symbol.owner.getQualifiedName() + "." + symbol.getSimpleName());
    }
    return false;
  }

  /** Whether a call reads the Retry-After header (any accessor given the header's name, or a retryAfter getter). */
  static boolean readsRetryAfter(MethodInvocationTree call) {
    for (ExpressionTree argument : call.getArguments()) {
      if (isRetryAfterName(argument)) {
        return true;
      }
    }
    String name = ASTHelpers.getSymbol(call).getSimpleName().toString();
    return name.equals("retryAfter") || name.equals("getRetryAfter");
  }
}
