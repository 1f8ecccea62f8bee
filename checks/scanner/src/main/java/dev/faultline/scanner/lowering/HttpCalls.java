package dev.faultline.scanner.lowering;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.faultline.analysis.library.HttpNames;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What calls mean to the analysis: requests, status reads, waits, header reads. The same recognisers as the Error
 * Prone front end's, matched on the {@link Resolver}'s types instead of javac's.
 */
final class HttpCalls {
  private static final String IO_EXCEPTION = "java.io.IOException";
  private static final List<String> SPRING_THROWN = List.of(
      "org.springframework.web.client.RestClientResponseException",
      "org.springframework.web.client.ResourceAccessException");

  /** How a request reports failures. */
  record RequestKind(List<String> thrownTypes, boolean throwsOnHttpError) {}

  private static final RequestKind FIC = new RequestKind(List.of(LibraryTables.FIC_API_EXCEPTION), true);
  private static final RequestKind TRANSPORT_ONLY = new RequestKind(List.of(IO_EXCEPTION), false);
  private static final RequestKind ASYNC = new RequestKind(List.of(), false);
  private static final RequestKind SPRING = new RequestKind(SPRING_THROWN, true);
  private static final String WEB_CLIENT = "org.springframework.web.reactive.function.client.";
  /** A WebClient request: its failures arrive as these exceptions (at {@code block()} or in the publisher). */
  private static final RequestKind WEB_CLIENT_REQUEST = new RequestKind(
      List.of(WEB_CLIENT + "WebClientResponseException", WEB_CLIENT + "WebClientRequestException"), true);

  private static final Set<String> REST_OPERATIONS_METHODS = Set.of("getForObject", "getForEntity",
      "headForHeaders", "postForLocation", "postForObject", "postForEntity", "put", "patchForObject", "delete",
      "optionsForAllow", "exchange", "execute");

  private final Resolver resolver;
  private final Constants constants;

  HttpCalls(Resolver resolver, Constants constants) {
    this.resolver = resolver;
    this.constants = constants;
  }

  // ------------------------------------------------------------------ matchers

  /** {@code instanceMethod().onDescendantOf(type).namedAnyOf(names)}: the receiver's type is a subtype. */
  private boolean instanceMethod(Expression expression, String type, String... names) {
    if (!(expression instanceof MethodCallExpr call) || !List.of(names).contains(call.getNameAsString())) {
      return false;
    }
    Resolver.CallTarget target = resolver.target(call);
    return !target.isStatic() && resolver.isSubtype(target.owner(), type);
  }

  /** {@code staticMethod().onClass(type).namedAnyOf(names)}. */
  private boolean staticMethod(Expression expression, String type, String... names) {
    if (!(expression instanceof MethodCallExpr call) || !List.of(names).contains(call.getNameAsString())) {
      return false;
    }
    Resolver.CallTarget target = resolver.target(call);
    return target.isStatic() && type.equals(target.owner());
  }

  /** The request kind of a call that sends an HTTP request, if it is one. */
  Optional<RequestKind> request(MethodCallExpr call) {
    Resolver.CallTarget target = resolver.target(call);
    if (!target.isStatic() && target.owner() != null
        && LibraryTables.packageOf(target.owner()).equals(LibraryTables.FIC_API_PACKAGE)) {
      return ficApiThrowsApiException(call) ? Optional.of(FIC) : Optional.empty();
    }
    if (instanceMethod(call, LibraryTables.FIC_API_CLIENT, "execute")) {
      return Optional.of(FIC);
    }
    if (instanceMethod(call, "java.net.http.HttpClient", "send")
        || instanceMethod(call, "okhttp3.Call", "execute")
        || instanceMethod(call, "okhttp3.Interceptor.Chain", "proceed")
        || instanceMethod(call, "java.net.URL", "openConnection")
        || instanceMethod(call, "org.apache.hc.client5.http.classic.HttpClient", "execute", "executeOpen")) {
      return Optional.of(TRANSPORT_ONLY);
    }
    if (instanceMethod(call, "java.net.http.HttpClient", "sendAsync")) {
      return Optional.of(ASYNC);
    }
    if (instanceMethod(call, "org.springframework.web.client.RestOperations",
            REST_OPERATIONS_METHODS.toArray(new String[0]))
        || instanceMethod(call, "org.springframework.web.client.RestClient.ResponseSpec",
            "body", "toEntity", "toBodilessEntity")) {
      return Optional.of(SPRING);
    }
    if (instanceMethod(call, WEB_CLIENT + "WebClient.ResponseSpec", "bodyToMono", "bodyToFlux", "toEntity",
            "toEntityList", "toEntityFlux", "toBodilessEntity")
        || instanceMethod(call, WEB_CLIENT + "WebClient.RequestHeadersSpec", "exchangeToMono", "exchangeToFlux")) {
      return Optional.of(WEB_CLIENT_REQUEST);
    }
    return Optional.empty();
  }

  /** Whether a method of a FIC {@code *Api} class declares {@code throws ApiException}: every one that sends. */
  private boolean ficApiThrowsApiException(MethodCallExpr call) {
    SolverBridge.SolvedMethod solved = resolver.solver().solve(call);
    if (solved != null) {
      return solved.thrownTypes().contains(LibraryTables.FIC_API_EXCEPTION);
    }
    return !LibraryTables.FIC_API_LOCAL_METHODS.contains(call.getNameAsString());
  }

  /** Calls that return a response's status as an int. */
  boolean statusInt(Expression call) {
    return instanceMethod(call, LibraryTables.FIC_API_EXCEPTION, "getCode")
        || instanceMethod(call, LibraryTables.FIC_API_RESPONSE, "getStatusCode")
        || instanceMethod(call, "java.net.http.HttpResponse", "statusCode")
        || instanceMethod(call, "okhttp3.Response", "code")
        || instanceMethod(call, "java.net.HttpURLConnection", "getResponseCode")
        || instanceMethod(call, "org.apache.hc.core5.http.HttpResponse", "getCode")
        || instanceMethod(call, "org.springframework.web.client.RestClientResponseException", "getRawStatusCode")
        || instanceMethod(call, "org.springframework.http.HttpStatusCode", "value")
        || instanceMethod(call, "feign.FeignException", "status")
        || instanceMethod(call, "feign.Response", "status");
  }

  /** Calls that return a response's status as a Spring {@code HttpStatusCode}. */
  boolean statusObject(Expression call) {
    return instanceMethod(call, "org.springframework.web.client.RestClientResponseException", "getStatusCode")
        || instanceMethod(call, "org.springframework.http.ResponseEntity", "getStatusCode")
        || instanceMethod(call, WEB_CLIENT + "WebClientResponseException", "getStatusCode")
        || instanceMethod(call, "org.springframework.http.client.ClientHttpResponse", "getStatusCode")
        || staticMethod(call, "org.springframework.http.HttpStatus", "valueOf")
        || staticMethod(call, "org.springframework.http.HttpStatusCode", "valueOf")
        || staticMethod(call, "org.springframework.http.HttpStatus", "resolve");
  }

  /** Status-object predicates. */
  boolean statusObjectPredicate(Expression call) {
    return instanceMethod(call, "org.springframework.http.HttpStatusCode", "is1xxInformational",
        "is2xxSuccessful", "is3xxRedirection", "is4xxClientError", "is5xxServerError", "isError", "isSameCodeAs");
  }

  boolean okhttpIsSuccessful(Expression call) {
    return instanceMethod(call, "okhttp3.Response", "isSuccessful");
  }

  /** Waits whose every argument is (part of) the delay. */
  boolean sleep(Expression call) {
    return staticMethod(call, "java.lang.Thread", "sleep")
        || instanceMethod(call, "java.util.concurrent.TimeUnit", "sleep")
        || staticMethod(call, "com.google.common.util.concurrent.Uninterruptibles", "sleepUninterruptibly")
        || staticMethod(call, "java.util.concurrent.locks.LockSupport", "parkNanos", "parkUntil");
  }

  /** {@code schedule(task, delay, unit)}: waits, then runs the task. */
  boolean schedule(Expression call) {
    return instanceMethod(call, "java.util.concurrent.ScheduledExecutorService", "schedule");
  }

  /** {@code CompletableFuture.delayedExecutor(delay, unit)}: an executor that waits before each task. */
  boolean delayedExecutor(Expression call) {
    return staticMethod(call, "java.util.concurrent.CompletableFuture", "delayedExecutor");
  }

  /** Calls that return the raw error body. */
  boolean rawBody(Expression call) {
    return instanceMethod(call, LibraryTables.FIC_API_EXCEPTION, "getResponseBody")
        || instanceMethod(call, "org.springframework.web.client.RestClientResponseException",
            "getResponseBodyAsString", "getResponseBodyAsByteArray")
        || instanceMethod(call, "java.net.http.HttpResponse", "body")
        || instanceMethod(call, "okhttp3.ResponseBody", "string", "bytes", "byteStream", "charStream", "source")
        || instanceMethod(call, "org.springframework.http.client.ClientHttpResponse", "getBody")
        || instanceMethod(call, "java.net.HttpURLConnection", "getErrorStream")
        || instanceMethod(call, "feign.FeignException", "contentUTF8", "content");
  }

  /** Calls that parse or bind a body; the result is the body's root. */
  boolean parse(Expression call) {
    return instanceMethod(call, "com.fasterxml.jackson.databind.ObjectMapper",
            "readTree", "readValue", "treeToValue", "convertValue")
        || instanceMethod(call, "com.fasterxml.jackson.databind.ObjectReader", "readTree", "readValue")
        || staticMethod(call, "com.google.gson.JsonParser", "parseString", "parseReader")
        || instanceMethod(call, "com.google.gson.JsonParser", "parse")
        || instanceMethod(call, "com.google.gson.Gson", "fromJson")
        || instanceMethod(call, "org.springframework.web.client.RestClientResponseException", "getResponseBodyAs")
        || staticMethod(call, "it.fattureincloud.sdk.JSON", "deserialize")
        || instanceMethod(call, "it.fattureincloud.sdk.JSON", "deserialize");
  }

  /** A client's status handler: {@code onStatus(predicate, handler)}. */
  boolean onStatus(Expression call) {
    return instanceMethod(call, "org.springframework.web.client.RestClient.ResponseSpec", "onStatus")
        || instanceMethod(call, "org.springframework.web.reactive.function.client.WebClient.ResponseSpec",
            "onStatus");
  }

  /** Calls that log or print their arguments. */
  boolean logOrPrint(Expression call) {
    return anyInstanceMethod(call, "org.slf4j.Logger")
        || anyInstanceMethod(call, "java.util.logging.Logger")
        || anyInstanceMethod(call, "java.lang.System.Logger")
        || anyInstanceMethod(call, "org.apache.logging.log4j.Logger")
        || anyInstanceMethod(call, "org.apache.commons.logging.Log")
        || instanceMethod(call, "java.io.PrintStream", "print", "println", "printf", "format");
  }

  /** {@code instanceMethod().onDescendantOf(type).withAnyName()}. */
  private boolean anyInstanceMethod(Expression expression, String type) {
    if (!(expression instanceof MethodCallExpr call)) {
      return false;
    }
    Resolver.CallTarget target = resolver.target(call);
    return !target.isStatic() && resolver.isSubtype(target.owner(), type);
  }

  /** Whether an expression names the Retry-After header: a string constant or a well-known constant field. */
  boolean isRetryAfterName(Expression expression) {
    Object constant = constants.value(expression);
    if (constant instanceof String text) {
      return HttpNames.isRetryAfterName(text);
    }
    if (expression instanceof NameExpr || expression instanceof FieldAccessExpr) {
      Resolver.FieldRef field = resolver.fieldRef(expression);
      @Nullable String owner = field == null ? null : field.owner();
      return owner != null && HttpNames.RETRY_AFTER_CONSTANTS.contains(owner + "." + field.name());
    }
    return false;
  }

  /** Whether a call reads the Retry-After header (any accessor given the header's name, or a retryAfter getter). */
  boolean readsRetryAfter(MethodCallExpr call) {
    for (Expression argument : call.getArguments()) {
      if (isRetryAfterName(argument)) {
        return true;
      }
    }
    String name = call.getNameAsString();
    return name.equals("retryAfter") || name.equals("getRetryAfter");
  }
}
