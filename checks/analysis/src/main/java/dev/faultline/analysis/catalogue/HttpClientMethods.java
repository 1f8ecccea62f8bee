package dev.faultline.analysis.catalogue;

import static dev.faultline.analysis.catalogue.MethodFamily.inPackageThrowing;
import static dev.faultline.analysis.catalogue.MethodFamily.instanceMethod;
import static dev.faultline.analysis.catalogue.MethodFamily.staticMethod;
import static dev.faultline.analysis.catalogue.MethodTable.row;

import dev.faultline.analysis.catalogue.CallMeaning.BodySource;
import dev.faultline.analysis.catalogue.CallMeaning.HeaderRead;
import dev.faultline.analysis.catalogue.CallMeaning.Output;
import dev.faultline.analysis.catalogue.CallMeaning.Request;
import dev.faultline.analysis.catalogue.CallMeaning.StatusHandler;
import dev.faultline.analysis.catalogue.CallMeaning.StatusRead;
import dev.faultline.analysis.catalogue.CallMeaning.StatusTest;
import dev.faultline.analysis.catalogue.CallMeaning.Wait;
import dev.faultline.analysis.catalogue.MethodTable.Row;
import java.util.List;

/**
 * The HTTP client catalogue as data: one row per library method family, saying what its calls mean
 * (a request and what it throws, a status read, a wait, a raw or parsed error body, a log). Adding
 * a client library is adding rows here; {@link HttpClientCatalogue} answers questions about calls
 * from this table.
 */
public final class HttpClientMethods {
  private HttpClientMethods() {}

  public static final String FIC_API_EXCEPTION = "it.fattureincloud.sdk.ApiException";
  private static final String FIC_SDK = "it.fattureincloud.sdk.";
  private static final String SPRING_HTTP = "org.springframework.http.";
  private static final String SPRING_CLIENT = "org.springframework.web.client.";
  private static final String REST_CLIENT_RESPONSE_EXCEPTION =
      SPRING_CLIENT + "RestClientResponseException";
  private static final String WEB_CLIENT = "org.springframework.web.reactive.function.client.";
  private static final String SPRING_CORE = "org.springframework.core.";
  private static final String JACKSON = "com.fasterxml.jackson.databind.";
  private static final String GSON = "com.google.gson.";
  private static final String HC4 = "org.apache.http.";
  private static final String HC4_RESPONSE_EXCEPTION = HC4 + "client.HttpResponseException";
  private static final String GOOGLE_HTTP = "com.google.api.client.http.";
  public static final String GOOGLE_HTTP_RESPONSE_EXCEPTION = GOOGLE_HTTP + "HttpResponseException";

  private static final String OPENAI4J = "dev.ai4j.openai4j.";
  public static final String OPENAI4J_HTTP_EXCEPTION = OPENAI4J + "OpenAiHttpException";
  private static final String LANGCHAIN4J_HTTP_EXCEPTION =
      "dev.langchain4j.exception.HttpException";

  /** A request that throws the SDK's ApiException for every non-2xx status. */
  private static final Request FIC = new Request(List.of(FIC_API_EXCEPTION), true);

  /** A request that throws only for transport failures: the status must be checked. */
  private static final Request TRANSPORT_ONLY = new Request(List.of("java.io.IOException"), false);

  /** A request whose failures arrive in a future. */
  private static final Request ASYNC = new Request(List.of(), false);

  /**
   * HttpClient 4's {@code execute(request, responseHandler)}: the handler turns the response into a
   * value, and the library's handlers (BasicResponseHandler, any AbstractResponseHandler) throw
   * HttpResponseException for a status of 300 or more.
   */
  private static final Request HC4_HANDLED =
      new Request(List.of(HC4_RESPONSE_EXCEPTION, "java.io.IOException"), true);

  private static final Request SPRING =
      new Request(
          List.of(REST_CLIENT_RESPONSE_EXCEPTION, SPRING_CLIENT + "ResourceAccessException"), true);

  /**
   * RestClient's {@code exchange(function)}: the function is handed the response of any status;
   * only a transport failure is thrown by the client (what the function throws passes through).
   */
  private static final Request REST_CLIENT_EXCHANGE =
      new Request(List.of(SPRING_CLIENT + "ResourceAccessException"), false);

  /**
   * A WebClient request: its failures arrive as these exceptions (at {@code block()} or in the
   * publisher).
   */
  private static final Request WEB_CLIENT_REQUEST =
      new Request(
          List.of(
              WEB_CLIENT + "WebClientResponseException", WEB_CLIENT + "WebClientRequestException"),
          true);

  /**
   * Google HTTP Client's {@code HttpRequest.execute()}: throws HttpResponseException for every
   * non-2xx status unless {@code setThrowExceptionOnExecuteError(false)} was called.
   */
  private static final Request GOOGLE_HTTP_REQUEST =
      new Request(
          List.of(GOOGLE_HTTP_RESPONSE_EXCEPTION, "java.io.IOException"),
          true,
          "setThrowExceptionOnExecuteError");

  /**
   * The JAX-RS client API, 2.x ({@code javax.ws.rs.}) or 3.x ({@code jakarta.ws.rs.}): a {@code
   * SyncInvoker} ({@code Invocation.Builder}) call or {@code Invocation.invoke} given the type to
   * convert the response to ({@code get(Invoice.class)}, {@code post(entity, Invoice.class)})
   * throws WebApplicationException for a non-2xx status; one without returns the {@code Response}
   * whatever its status. Both throw ProcessingException for a transport failure. {@code
   * AsyncInvoker} and {@code rx()} calls report their failures later.
   */
  private static List<Row<CallMeaning>> jaxRs(String jaxRs) {
    String client = jaxRs + "client.";
    String response = jaxRs + "core.Response";
    String genericType = jaxRs + "core.GenericType";
    String[] verbs = {"get", "put", "post", "delete", "head", "options", "trace", "method"};
    Request typed =
        new Request(
            List.of(jaxRs + "WebApplicationException", jaxRs + "ProcessingException"), true);
    Request untyped = new Request(List.of(jaxRs + "ProcessingException"), false);
    return List.of(
        row(
            instanceMethod(client + "SyncInvoker", verbs).withResultType(genericType, response),
            typed),
        row(instanceMethod(client + "SyncInvoker", verbs), untyped),
        row(
            instanceMethod(client + "Invocation", "invoke").withResultType(genericType, response),
            typed),
        row(instanceMethod(client + "Invocation", "invoke"), untyped),
        row(instanceMethod(client + "Invocation", "submit"), ASYNC),
        row(instanceMethod(client + "AsyncInvoker", verbs), ASYNC),
        row(instanceMethod(client + "RxInvoker", verbs), ASYNC),
        row(instanceMethod(response, "getStatus"), StatusRead.INT),
        row(instanceMethod(response + ".StatusType", "getStatusCode"), StatusRead.INT),
        row(instanceMethod(response, "getStatusInfo"), StatusRead.OBJECT),
        row(
            instanceMethod(jaxRs + "ServiceUnavailableException", "getRetryTime"),
            HeaderRead.RETRY_AFTER),
        row(
            instanceMethod(response, "readEntity")
                .withResultType(
                    genericType,
                    "java.lang.String",
                    "java.io.InputStream",
                    "java.io.Reader",
                    "byte[]"),
            BodySource.PARSED),
        row(instanceMethod(response, "readEntity"), BodySource.RAW));
  }

  /** Every library method the analysis knows, and what its calls mean. */
  static final MethodTable<CallMeaning> TABLE =
      MethodTable.of(
          jaxRs("javax.ws.rs."),
          jaxRs("jakarta.ws.rs."),
          // ---- Fatture in Cloud SDK
          row(inPackageThrowing(FIC_SDK + "api", FIC_API_EXCEPTION), FIC),
          row(instanceMethod(FIC_SDK + "ApiClient", "execute"), FIC),
          row(instanceMethod(FIC_API_EXCEPTION, "getCode"), StatusRead.INT),
          row(instanceMethod(FIC_SDK + "ApiResponse", "getStatusCode"), StatusRead.INT),
          row(instanceMethod(FIC_API_EXCEPTION, "getResponseBody"), BodySource.RAW),
          row(staticMethod(FIC_SDK + "JSON", "deserialize"), BodySource.PARSED),
          row(instanceMethod(FIC_SDK + "JSON", "deserialize"), BodySource.PARSED),

          // ---- JDK: java.net.http, HttpURLConnection
          row(instanceMethod("java.net.http.HttpClient", "send"), TRANSPORT_ONLY),
          row(instanceMethod("java.net.http.HttpClient", "sendAsync"), ASYNC),
          row(instanceMethod("java.net.http.HttpResponse", "statusCode"), StatusRead.INT),
          row(instanceMethod("java.net.http.HttpResponse", "body"), BodySource.RAW),
          row(instanceMethod("java.net.URL", "openConnection"), TRANSPORT_ONLY),
          row(instanceMethod("java.net.HttpURLConnection", "getResponseCode"), StatusRead.INT),
          row(instanceMethod("java.net.HttpURLConnection", "getErrorStream"), BodySource.RAW),

          // ---- OkHttp
          row(instanceMethod("okhttp3.Call", "execute"), TRANSPORT_ONLY),
          // An interceptor sending the request on down the chain: each call is a request of its
          // own.
          row(instanceMethod("okhttp3.Interceptor.Chain", "proceed"), TRANSPORT_ONLY),
          row(instanceMethod("okhttp3.Response", "code"), StatusRead.INT),
          row(instanceMethod("okhttp3.Response", "isSuccessful"), StatusTest.IS_SUCCESSFUL),
          row(
              instanceMethod(
                  "okhttp3.ResponseBody", "string", "bytes", "byteStream", "charStream", "source"),
              BodySource.RAW),

          // ---- Retrofit 2: a call's response comes back with whatever status it has; the RxJava
          // and coroutine adapters throw HttpException for a non-2xx one.
          row(instanceMethod("retrofit2.Call", "execute"), TRANSPORT_ONLY),
          row(instanceMethod("retrofit2.Response", "code"), StatusRead.INT),
          row(instanceMethod("retrofit2.Response", "isSuccessful"), StatusTest.IS_SUCCESSFUL),
          row(instanceMethod("retrofit2.HttpException", "code"), StatusRead.INT),

          // ---- Apache HttpClient 5
          row(
              instanceMethod(
                  "org.apache.hc.client5.http.classic.HttpClient", "execute", "executeOpen"),
              TRANSPORT_ONLY),
          row(instanceMethod("org.apache.hc.core5.http.HttpResponse", "getCode"), StatusRead.INT),

          // ---- Apache HttpClient 4: execute with a ResponseHandler first (its overloads throw
          // HttpResponseException for an error status), then the ones that return the response.
          row(
              instanceMethod(HC4 + "client.HttpClient", "execute")
                  .withFunctionArgument(HC4 + "client.ResponseHandler"),
              HC4_HANDLED),
          row(instanceMethod(HC4 + "client.HttpClient", "execute"), TRANSPORT_ONLY),
          row(instanceMethod(HC4 + "StatusLine", "getStatusCode"), StatusRead.INT),
          row(instanceMethod(HC4_RESPONSE_EXCEPTION, "getStatusCode"), StatusRead.INT),
          row(staticMethod(HC4 + "util.EntityUtils", "toString", "toByteArray"), BodySource.RAW),
          row(instanceMethod(HC4 + "HttpEntity", "getContent"), BodySource.RAW),

          // ---- Spring RestTemplate, RestClient, WebClient and their statuses
          row(
              instanceMethod(
                  SPRING_CLIENT + "RestOperations",
                  "getForObject",
                  "getForEntity",
                  "headForHeaders",
                  "postForLocation",
                  "postForObject",
                  "postForEntity",
                  "put",
                  "patchForObject",
                  "delete",
                  "optionsForAllow",
                  "exchange",
                  "execute"),
              SPRING),
          row(
              instanceMethod(
                  SPRING_CLIENT + "RestClient.ResponseSpec",
                  "body",
                  "toEntity",
                  "toBodilessEntity"),
              SPRING),
          row(
              instanceMethod(
                  SPRING_CLIENT + "RestClient.RequestHeadersSpec",
                  "exchange",
                  "exchangeForRequiredValue"),
              REST_CLIENT_EXCHANGE),
          row(
              instanceMethod(
                  WEB_CLIENT + "WebClient.ResponseSpec",
                  "bodyToMono",
                  "bodyToFlux",
                  "toEntity",
                  "toEntityList",
                  "toEntityFlux",
                  "toBodilessEntity"),
              WEB_CLIENT_REQUEST),
          row(
              instanceMethod(
                  WEB_CLIENT + "WebClient.RequestHeadersSpec", "exchangeToMono", "exchangeToFlux"),
              WEB_CLIENT_REQUEST),
          // A ClientHttpRequestInterceptor (RestTemplate, RestClient) sending the request on down
          // the chain: each call is a request of its own, answered with whatever status.
          row(
              instanceMethod(SPRING_HTTP + "client.ClientHttpRequestExecution", "execute"),
              TRANSPORT_ONLY),
          row(
              instanceMethod(SPRING_CLIENT + "RestClient.ResponseSpec", "onStatus"),
              StatusHandler.ON_STATUS),
          row(
              instanceMethod(WEB_CLIENT + "WebClient.ResponseSpec", "onStatus"),
              StatusHandler.ON_STATUS),
          // A function handed the response of any status, before any test of it.
          row(
              instanceMethod(
                  SPRING_CLIENT + "RestClient.RequestHeadersSpec",
                  "exchange",
                  "exchangeForRequiredValue"),
              StatusHandler.EXCHANGE),
          row(
              instanceMethod(
                  WEB_CLIENT + "WebClient.RequestHeadersSpec", "exchangeToMono", "exchangeToFlux"),
              StatusHandler.EXCHANGE),
          row(instanceMethod(WEB_CLIENT + "ClientResponse", "statusCode"), StatusRead.OBJECT),
          // The body of a WebClient ClientResponse, as a publisher of the text or of the bound
          // value.
          row(
              instanceMethod(WEB_CLIENT + "ClientResponse", "bodyToMono", "bodyToFlux")
                  .withResultType(SPRING_CORE + "ParameterizedTypeReference", "java.lang.String"),
              BodySource.PARSED),
          row(instanceMethod(WEB_CLIENT + "ClientResponse", "bodyToMono"), BodySource.RAW),
          row(
              instanceMethod(
                      SPRING_CLIENT + "RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse",
                      "bodyTo")
                  .withResultType(SPRING_CORE + "ParameterizedTypeReference", "java.lang.String"),
              BodySource.PARSED),
          row(
              instanceMethod(
                  SPRING_CLIENT + "RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse",
                  "bodyTo"),
              BodySource.RAW),
          row(instanceMethod(REST_CLIENT_RESPONSE_EXCEPTION, "getRawStatusCode"), StatusRead.INT),
          row(instanceMethod(SPRING_HTTP + "HttpStatusCode", "value"), StatusRead.INT),
          // Spring 5 and 6 (removed in 7).
          row(
              instanceMethod(SPRING_HTTP + "client.ClientHttpResponse", "getRawStatusCode"),
              StatusRead.INT),
          row(instanceMethod(REST_CLIENT_RESPONSE_EXCEPTION, "getStatusCode"), StatusRead.OBJECT),
          row(instanceMethod(SPRING_HTTP + "ResponseEntity", "getStatusCode"), StatusRead.OBJECT),
          row(
              instanceMethod(WEB_CLIENT + "WebClientResponseException", "getStatusCode"),
              StatusRead.OBJECT),
          row(
              instanceMethod(SPRING_HTTP + "client.ClientHttpResponse", "getStatusCode"),
              StatusRead.OBJECT),
          row(staticMethod(SPRING_HTTP + "HttpStatus", "valueOf", "resolve"), StatusRead.OBJECT),
          row(staticMethod(SPRING_HTTP + "HttpStatusCode", "valueOf"), StatusRead.OBJECT),
          row(
              instanceMethod(
                  SPRING_HTTP + "HttpStatusCode",
                  "is1xxInformational",
                  "is2xxSuccessful",
                  "is3xxRedirection",
                  "is4xxClientError",
                  "is5xxServerError",
                  "isError",
                  "isSameCodeAs"),
              StatusTest.STATUS_OBJECT_PREDICATE),
          row(
              instanceMethod(
                  REST_CLIENT_RESPONSE_EXCEPTION,
                  "getResponseBodyAsString",
                  "getResponseBodyAsByteArray"),
              BodySource.RAW),
          row(instanceMethod(SPRING_HTTP + "client.ClientHttpResponse", "getBody"), BodySource.RAW),
          row(
              instanceMethod(REST_CLIENT_RESPONSE_EXCEPTION, "getResponseBodyAs"),
              BodySource.PARSED),

          // ---- Google HTTP Client (com.google.api.client.http)
          row(instanceMethod(GOOGLE_HTTP + "HttpRequest", "execute"), GOOGLE_HTTP_REQUEST),
          row(instanceMethod(GOOGLE_HTTP + "HttpRequest", "executeAsync"), ASYNC),
          row(instanceMethod(GOOGLE_HTTP + "HttpResponse", "getStatusCode"), StatusRead.INT),
          row(instanceMethod(GOOGLE_HTTP_RESPONSE_EXCEPTION, "getStatusCode"), StatusRead.INT),
          row(
              instanceMethod(GOOGLE_HTTP + "HttpResponse", "isSuccessStatusCode"),
              StatusTest.IS_SUCCESSFUL),
          row(
              instanceMethod(GOOGLE_HTTP_RESPONSE_EXCEPTION, "isSuccessStatusCode"),
              StatusTest.IS_SUCCESSFUL),
          row(
              staticMethod(GOOGLE_HTTP + "HttpStatusCodes", "isSuccess"),
              StatusTest.IS_SUCCESS_STATUS),
          row(
              instanceMethod(GOOGLE_HTTP + "HttpResponse", "parseAsString", "getContent"),
              BodySource.RAW),
          row(instanceMethod(GOOGLE_HTTP + "HttpResponse", "parseAs"), BodySource.PARSED),
          row(instanceMethod(GOOGLE_HTTP_RESPONSE_EXCEPTION, "getContent"), BodySource.RAW),

          // ---- Azure Storage SDK v8: the last attempt's status, as a retry policy reads it
          row(
              instanceMethod("com.microsoft.azure.storage.RequestResult", "getStatusCode"),
              StatusRead.INT),

          // ---- openai4j: execute() throws OpenAiHttpException for every non-2xx status, and a
          // RuntimeException for a transport failure.
          row(
              instanceMethod(OPENAI4J + "SyncOrAsync", "execute"),
              new Request(List.of(OPENAI4J_HTTP_EXCEPTION, "java.lang.RuntimeException"), true)),
          row(instanceMethod(OPENAI4J_HTTP_EXCEPTION, "code"), StatusRead.INT),

          // ---- LangChain4j's HTTP client (1.x): execute(request) throws HttpException for every
          // non-2xx status; a streaming execute(request, [parser,] listener) tells its listener.
          row(
              instanceMethod("dev.langchain4j.http.client.HttpClient", "execute")
                  .withFunctionArgument("dev.langchain4j.http.client.sse.ServerSentEventListener"),
              ASYNC),
          row(
              instanceMethod("dev.langchain4j.http.client.HttpClient", "execute"),
              new Request(List.of(LANGCHAIN4J_HTTP_EXCEPTION, "java.lang.RuntimeException"), true)),
          row(instanceMethod(LANGCHAIN4J_HTTP_EXCEPTION, "statusCode"), StatusRead.INT),

          // ---- AWS SDK for Java v1: an error response's status, as a retry condition reads it
          row(
              instanceMethod("com.amazonaws.AmazonServiceException", "getStatusCode"),
              StatusRead.INT),

          // ---- AWS SDK for Java v2: an error response's status, as a retry condition reads it
          // (of the failure, or of the retry context: null without a response)
          row(
              instanceMethod(
                  "software.amazon.awssdk.core.exception.SdkServiceException", "statusCode"),
              StatusRead.INT),
          row(
              instanceMethod(
                  "software.amazon.awssdk.core.retry.RetryPolicyContext", "httpStatusCode"),
              StatusRead.INT),

          // ---- OpenFeign
          row(instanceMethod("feign.FeignException", "status"), StatusRead.INT),
          row(instanceMethod("feign.Response", "status"), StatusRead.INT),
          row(instanceMethod("feign.FeignException", "contentUTF8", "content"), BodySource.RAW),
          row(instanceMethod("feign.Response.Body", "asInputStream", "asReader"), BodySource.RAW),

          // ---- JSON parsers: Jackson, Gson
          row(
              instanceMethod(
                  JACKSON + "ObjectMapper", "readTree", "readValue", "treeToValue", "convertValue"),
              BodySource.PARSED),
          row(instanceMethod(JACKSON + "ObjectReader", "readTree", "readValue"), BodySource.PARSED),
          row(staticMethod(GSON + "JsonParser", "parseString", "parseReader"), BodySource.PARSED),
          row(instanceMethod(GSON + "JsonParser", "parse"), BodySource.PARSED),
          row(instanceMethod(GSON + "Gson", "fromJson"), BodySource.PARSED),

          // ---- Waits
          row(staticMethod("java.lang.Thread", "sleep"), Wait.SLEEP),
          row(instanceMethod("java.util.concurrent.TimeUnit", "sleep"), Wait.SLEEP),
          row(
              staticMethod(
                  "com.google.common.util.concurrent.Uninterruptibles", "sleepUninterruptibly"),
              Wait.SLEEP),
          row(
              staticMethod("java.util.concurrent.locks.LockSupport", "parkNanos", "parkUntil"),
              Wait.SLEEP),
          // Google HTTP Client: sleeps the back-off's next interval.
          row(staticMethod("com.google.api.client.util.BackOffUtils", "next"), Wait.SLEEP),
          row(instanceMethod("com.google.api.client.util.Sleeper", "sleep"), Wait.SLEEP),
          row(
              instanceMethod("java.util.concurrent.ScheduledExecutorService", "schedule"),
              Wait.SCHEDULE),
          row(
              staticMethod("java.util.concurrent.CompletableFuture", "delayedExecutor"),
              Wait.DELAYED_EXECUTOR),

          // ---- Logs and prints
          row(instanceMethod("org.slf4j.Logger"), Output.LOG_OR_PRINT),
          row(instanceMethod("java.util.logging.Logger"), Output.LOG_OR_PRINT),
          row(instanceMethod("java.lang.System.Logger"), Output.LOG_OR_PRINT),
          row(instanceMethod("org.apache.logging.log4j.Logger"), Output.LOG_OR_PRINT),
          row(instanceMethod("org.apache.commons.logging.Log"), Output.LOG_OR_PRINT),
          row(
              instanceMethod("java.io.PrintStream", "print", "println", "printf", "format"),
              Output.LOG_OR_PRINT));
}
