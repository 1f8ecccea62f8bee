package dev.faultline.scanner.lowering;

import dev.faultline.analysis.library.HttpErrorTypes;
import dev.faultline.analysis.library.HttpNames;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the scanner knows about the client libraries' names without their jars: which types exist, their supertypes,
 * what the methods that the recognisers follow return, and their constants. The JDK itself is read by reflection
 * ({@link JdkTypes}); the statuses and exception types come from the analysis library ({@link HttpErrorTypes},
 * {@link HttpNames}).
 */
final class LibraryTables {
  private LibraryTables() {}

  static final String FIC_API_PACKAGE = "it.fattureincloud.sdk.api";
  static final String FIC_API_EXCEPTION = "it.fattureincloud.sdk.ApiException";
  static final String FIC_API_CLIENT = "it.fattureincloud.sdk.ApiClient";
  static final String FIC_API_RESPONSE = "it.fattureincloud.sdk.ApiResponse";

  private static final String SPRING_HTTP = "org.springframework.http.";
  private static final String SPRING_CLIENT = "org.springframework.web.client.";
  private static final String REST_CLIENT = SPRING_CLIENT + "RestClient";
  private static final String OKHTTP = "okhttp3.";
  private static final String HC5_CLASSIC = "org.apache.hc.client5.http.impl.classic.";
  private static final String HC5_CORE = "org.apache.hc.core5.http.";
  private static final String STRING = "java.lang.String";
  private static final String INT = "int";
  private static final String BOOLEAN = "boolean";

  /** The methods of the FIC SDK's {@code *Api} classes that do not send a request (they do not throw ApiException). */
  static final Set<String> FIC_API_LOCAL_METHODS = Set.of(
      "getApiClient", "setApiClient", "getHostIndex", "setHostIndex", "getCustomBaseUrl", "setCustomBaseUrl",
      "equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait");

  /** Direct supertypes of library types (classes first), for the types the recognisers match on. */
  private static final Map<String, List<String>> SUPERTYPES = new HashMap<>();

  /** Return types of library methods: {@code owner#name}, or {@code owner#*} for every other method of a builder. */
  private static final Map<String, String> RETURN_TYPES = new HashMap<>();

  /** The parameter types of a lambda given to a library method: {@code owner#name/argument}. */
  private static final Map<String, List<String>> LAMBDA_PARAMETERS = new HashMap<>();

  /** Types of library fields, e.g. status enum constants: {@code owner#NAME}. */
  private static final Map<String, String> FIELD_TYPES = new HashMap<>();

  /** Compile-time constants of library classes, by qualified owner and field. */
  private static final Map<String, Object> CONSTANTS = new HashMap<>();

  /** Library types the scanner knows by name (for on-demand imports). */
  private static final Set<String> KNOWN_TYPES = new HashSet<>();

  static {
    // ---- OkHttp
    supertypes(OKHTTP + "OkHttpClient", "java.lang.Object", OKHTTP + "Call.Factory", OKHTTP + "WebSocket.Factory");
    supertypes(OKHTTP + "Response", "java.lang.Object", "java.io.Closeable");
    supertypes(OKHTTP + "Call", "java.lang.Cloneable");
    returns(OKHTTP + "OkHttpClient#newCall", OKHTTP + "Call");
    returns(OKHTTP + "OkHttpClient#newBuilder", OKHTTP + "OkHttpClient.Builder");
    returns(OKHTTP + "Call.Factory#newCall", OKHTTP + "Call");
    returns(OKHTTP + "Call#execute", OKHTTP + "Response");
    returns(OKHTTP + "Call#clone", OKHTTP + "Call");
    returns(OKHTTP + "Call#request", OKHTTP + "Request");
    returns(OKHTTP + "OkHttpClient.Builder#build", OKHTTP + "OkHttpClient");
    returns(OKHTTP + "OkHttpClient.Builder#*", OKHTTP + "OkHttpClient.Builder");
    returns(OKHTTP + "Request.Builder#build", OKHTTP + "Request");
    returns(OKHTTP + "Request.Builder#*", OKHTTP + "Request.Builder");
    returns(OKHTTP + "Response#code", INT);
    returns(OKHTTP + "Response#isSuccessful", BOOLEAN);
    returns(OKHTTP + "Response#isRedirect", BOOLEAN);
    returns(OKHTTP + "Response#header", STRING);
    returns(OKHTTP + "Response#message", STRING);
    returns(OKHTTP + "Response#headers", OKHTTP + "Headers");
    returns(OKHTTP + "Response#body", OKHTTP + "ResponseBody");
    returns(OKHTTP + "Response#peekBody", OKHTTP + "ResponseBody");
    returns(OKHTTP + "Response#request", OKHTTP + "Request");
    returns(OKHTTP + "Response#priorResponse", OKHTTP + "Response");
    returns(OKHTTP + "Response#networkResponse", OKHTTP + "Response");
    returns(OKHTTP + "Response#cacheResponse", OKHTTP + "Response");
    returns(OKHTTP + "ResponseBody#string", STRING);
    returns(OKHTTP + "Headers#get", STRING);
    known(OKHTTP + "Request", OKHTTP + "Request.Builder", OKHTTP + "RequestBody", OKHTTP + "ResponseBody",
        OKHTTP + "Headers", OKHTTP + "MediaType", OKHTTP + "FormBody", OKHTTP + "MultipartBody", OKHTTP + "Callback",
        OKHTTP + "Interceptor", OKHTTP + "HttpUrl");

    // ---- Fatture in Cloud SDK (the *Api classes are recognised by their package)
    returns(FIC_API_CLIENT + "#execute", FIC_API_RESPONSE);
    returns(FIC_API_CLIENT + "#buildCall", OKHTTP + "Call");
    returns(FIC_API_CLIENT + "#getHttpClient", OKHTTP + "OkHttpClient");
    returns(FIC_API_RESPONSE + "#getStatusCode", INT);
    returns(FIC_API_RESPONSE + "#getHeaders", "java.util.Map");
    returns(FIC_API_EXCEPTION + "#getCode", INT);
    returns(FIC_API_EXCEPTION + "#getResponseHeaders", "java.util.Map");
    returns(FIC_API_EXCEPTION + "#getResponseBody", STRING);
    returns(FIC_API_EXCEPTION + "#getMessage", STRING);
    known(FIC_API_CLIENT, FIC_API_RESPONSE, "it.fattureincloud.sdk.ApiCallback", "it.fattureincloud.sdk.Configuration",
        "it.fattureincloud.sdk.JSON");

    // ---- Spring RestTemplate / RestClient / status types
    String restOperations = SPRING_CLIENT + "RestOperations";
    String responseEntity = SPRING_HTTP + "ResponseEntity";
    String httpHeaders = SPRING_HTTP + "HttpHeaders";
    String statusCode = SPRING_HTTP + "HttpStatusCode";
    String status = SPRING_HTTP + "HttpStatus";
    supertypes(SPRING_CLIENT + "RestTemplate", SPRING_HTTP + "client.support.InterceptingHttpAccessor",
        restOperations);
    supertypes(status, "java.lang.Enum", statusCode);
    supertypes(responseEntity, SPRING_HTTP + "HttpEntity");
    for (String method : List.of("getForEntity", "postForEntity", "exchange")) {
      returns(restOperations + "#" + method, responseEntity);
    }
    returns(restOperations + "#headForHeaders", httpHeaders);
    returns(restOperations + "#postForLocation", "java.net.URI");
    returns(responseEntity + "#getStatusCode", statusCode);
    returns(responseEntity + "#getStatusCodeValue", INT);
    returns(SPRING_HTTP + "HttpEntity#getHeaders", httpHeaders);
    returns(httpHeaders + "#getFirst", STRING);
    returns(httpHeaders + "#get", "java.util.List");
    returns(httpHeaders + "#containsKey", BOOLEAN);
    returns(httpHeaders + "#getFirstDate", "long");
    returns(SPRING_HTTP + "client.ClientHttpResponse#getStatusCode", statusCode);
    returns(SPRING_HTTP + "client.ClientHttpResponse#getHeaders", httpHeaders);
    returns(SPRING_CLIENT + "RestClientResponseException#getStatusCode", statusCode);
    returns(SPRING_CLIENT + "RestClientResponseException#getRawStatusCode", INT);
    returns(SPRING_CLIENT + "RestClientResponseException#getResponseHeaders", httpHeaders);
    returns(SPRING_CLIENT + "RestClientResponseException#getResponseBodyAsString", STRING);
    returns(SPRING_CLIENT + "RestClientResponseException#getStatusText", STRING);
    returns(SPRING_CLIENT + "HttpClientErrorException#create", SPRING_CLIENT + "HttpClientErrorException");
    returns(SPRING_CLIENT + "HttpServerErrorException#create", SPRING_CLIENT + "HttpServerErrorException");
    returns(statusCode + "#value", INT);
    returns(statusCode + "#valueOf", statusCode);
    for (String predicate : List.of("is1xxInformational", "is2xxSuccessful", "is3xxRedirection",
        "is4xxClientError", "is5xxServerError", "isError", "isSameCodeAs")) {
      returns(statusCode + "#" + predicate, BOOLEAN);
    }
    returns(status + "#valueOf", status);
    returns(status + "#resolve", status);
    returns(status + "#value", INT);
    returns(status + "#getReasonPhrase", STRING);
    returns(REST_CLIENT + "#create", REST_CLIENT);
    returns(REST_CLIENT + "#builder", REST_CLIENT + ".Builder");
    returns(REST_CLIENT + "#mutate", REST_CLIENT + ".Builder");
    for (String method : List.of("get", "head", "delete", "options")) {
      returns(REST_CLIENT + "#" + method, REST_CLIENT + ".RequestHeadersUriSpec");
    }
    for (String method : List.of("post", "put", "patch", "method")) {
      returns(REST_CLIENT + "#" + method, REST_CLIENT + ".RequestBodyUriSpec");
    }
    returns(REST_CLIENT + ".Builder#build", REST_CLIENT);
    returns(REST_CLIENT + ".Builder#*", REST_CLIENT + ".Builder");
    for (String spec : List.of("RequestHeadersUriSpec", "RequestBodyUriSpec", "RequestHeadersSpec",
        "RequestBodySpec", "UriSpec")) {
      returns(REST_CLIENT + "." + spec + "#retrieve", REST_CLIENT + ".ResponseSpec");
      returns(REST_CLIENT + "." + spec + "#*", REST_CLIENT + ".RequestBodySpec");
    }
    supertypes(REST_CLIENT + ".RequestBodyUriSpec", REST_CLIENT + ".RequestBodySpec",
        REST_CLIENT + ".RequestHeadersUriSpec");
    supertypes(REST_CLIENT + ".RequestHeadersUriSpec", REST_CLIENT + ".UriSpec", REST_CLIENT + ".RequestHeadersSpec");
    supertypes(REST_CLIENT + ".RequestBodySpec", REST_CLIENT + ".RequestHeadersSpec");
    returns(REST_CLIENT + ".ResponseSpec#onStatus", REST_CLIENT + ".ResponseSpec");
    LAMBDA_PARAMETERS.put(REST_CLIENT + ".ResponseSpec#onStatus/0", List.of(statusCode));
    LAMBDA_PARAMETERS.put(REST_CLIENT + ".ResponseSpec#onStatus/1",
        List.of(SPRING_HTTP + "HttpRequest", SPRING_HTTP + "client.ClientHttpResponse"));
    returns(REST_CLIENT + ".ResponseSpec#toEntity", responseEntity);
    returns(REST_CLIENT + ".ResponseSpec#toBodilessEntity", responseEntity);
    for (String name : statusEnumConstantNames()) {
      putFieldType(status + "#" + name, status);
      putFieldType("jakarta.ws.rs.core.Response.Status#" + name, "jakarta.ws.rs.core.Response.Status");
      putFieldType("javax.ws.rs.core.Response.Status#" + name, "javax.ws.rs.core.Response.Status");
    }
    known(SPRING_CLIENT + "RestTemplate", restOperations, responseEntity, httpHeaders, statusCode, status,
        SPRING_HTTP + "HttpEntity", SPRING_HTTP + "MediaType", SPRING_HTTP + "HttpMethod",
        SPRING_HTTP + "RequestEntity", SPRING_HTTP + "client.ClientHttpResponse", REST_CLIENT,
        REST_CLIENT + ".Builder", REST_CLIENT + ".ResponseSpec", "jakarta.ws.rs.core.Response",
        "jakarta.ws.rs.core.Response.Status", "javax.ws.rs.core.Response", "javax.ws.rs.core.Response.Status");

    // ---- Spring WebClient, Reactor's publishers and retry specs
    String webClient = "org.springframework.web.reactive.function.client.WebClient";
    String webClientResponse = "org.springframework.web.reactive.function.client.WebClientResponseException";
    String mono = "reactor.core.publisher.Mono";
    String flux = "reactor.core.publisher.Flux";
    String retry = "reactor.util.retry.Retry";
    returns(webClient + "#create", webClient);
    returns(webClient + "#builder", webClient + ".Builder");
    returns(webClient + "#mutate", webClient + ".Builder");
    for (String method : List.of("get", "head", "delete", "options")) {
      returns(webClient + "#" + method, webClient + ".RequestHeadersUriSpec");
    }
    for (String method : List.of("post", "put", "patch", "method")) {
      returns(webClient + "#" + method, webClient + ".RequestBodyUriSpec");
    }
    returns(webClient + ".Builder#build", webClient);
    returns(webClient + ".Builder#*", webClient + ".Builder");
    for (String spec : List.of("RequestHeadersUriSpec", "RequestBodyUriSpec", "RequestHeadersSpec",
        "RequestBodySpec", "UriSpec")) {
      returns(webClient + "." + spec + "#retrieve", webClient + ".ResponseSpec");
      returns(webClient + "." + spec + "#exchangeToMono", mono);
      returns(webClient + "." + spec + "#exchangeToFlux", flux);
      returns(webClient + "." + spec + "#*", webClient + ".RequestBodySpec");
    }
    supertypes(webClient + ".RequestBodyUriSpec", webClient + ".RequestBodySpec", webClient + ".RequestHeadersUriSpec");
    supertypes(webClient + ".RequestHeadersUriSpec", webClient + ".UriSpec", webClient + ".RequestHeadersSpec");
    supertypes(webClient + ".RequestBodySpec", webClient + ".RequestHeadersSpec");
    returns(webClient + ".ResponseSpec#onStatus", webClient + ".ResponseSpec");
    LAMBDA_PARAMETERS.put(webClient + ".ResponseSpec#onStatus/0", List.of(statusCode));
    returns(webClient + ".ResponseSpec#bodyToFlux", flux);
    returns(webClient + ".ResponseSpec#*", mono);
    returns(webClientResponse + "#getStatusCode", statusCode);
    returns(webClientResponse + "#getHeaders", httpHeaders);
    returns(webClientResponse + "#getStatusText", STRING);
    returns(webClientResponse + "#getResponseBodyAsString", STRING);
    returns(mono + "#block", "java.lang.Object");
    returns(mono + "#toFuture", "java.util.concurrent.CompletableFuture");
    returns(mono + "#flux", flux);
    returns(mono + "#*", mono);
    for (String method : List.of("next", "collectList", "then", "last", "single", "reduce", "count")) {
      returns(flux + "#" + method, mono);
    }
    returns(flux + "#*", flux);
    returns(retry + "#backoff", retry + "BackoffSpec");
    returns(retry + "#fixedDelay", retry + "BackoffSpec");
    for (String method : List.of("max", "maxInARow", "indefinitely")) {
      returns(retry + "#" + method, retry + "Spec");
    }
    returns(retry + "#from", retry);
    returns(retry + "#withThrowable", retry);
    supertypes(retry + "BackoffSpec", retry);
    supertypes(retry + "Spec", retry);
    returns(retry + "BackoffSpec#*", retry + "BackoffSpec");
    returns(retry + "Spec#*", retry + "Spec");
    LAMBDA_PARAMETERS.put(retry + "BackoffSpec#filter/0", List.of("java.lang.Throwable"));
    LAMBDA_PARAMETERS.put(retry + "Spec#filter/0", List.of("java.lang.Throwable"));
    returns(retry + ".RetrySignal#failure", "java.lang.Throwable");
    returns(retry + ".RetrySignal#totalRetries", "long");
    returns(retry + ".RetrySignal#totalRetriesInARow", "long");
    known(webClient, webClient + ".ResponseSpec", retry + ".RetrySignal", "reactor.util.retry.RetrySpec");

    // ---- Apache HttpClient 5
    String hc5Client = "org.apache.hc.client5.http.classic.HttpClient";
    String closeableClient = HC5_CLASSIC + "CloseableHttpClient";
    String hc5Response = HC5_CORE + "HttpResponse";
    String classicResponse = HC5_CORE + "ClassicHttpResponse";
    supertypes(closeableClient, "java.lang.Object", hc5Client, "org.apache.hc.core5.io.ModalCloseable",
        "java.io.Closeable");
    supertypes(HC5_CLASSIC + "InternalHttpClient", closeableClient);
    supertypes(HC5_CLASSIC + "MinimalHttpClient", closeableClient);
    supertypes(classicResponse, hc5Response, "java.io.Closeable");
    supertypes(HC5_CLASSIC + "CloseableHttpResponse", "java.lang.Object", classicResponse);
    supertypes(HC5_CORE + "message.BasicClassicHttpResponse", HC5_CORE + "message.BasicHttpResponse",
        classicResponse);
    supertypes(HC5_CORE + "message.BasicHttpResponse", HC5_CORE + "message.HttpMessage", hc5Response);
    returns(HC5_CLASSIC + "HttpClients#createDefault", closeableClient);
    returns(HC5_CLASSIC + "HttpClients#createSystem", closeableClient);
    returns(HC5_CLASSIC + "HttpClients#createMinimal", HC5_CLASSIC + "MinimalHttpClient");
    returns(HC5_CLASSIC + "HttpClients#custom", HC5_CLASSIC + "HttpClientBuilder");
    returns(HC5_CLASSIC + "HttpClientBuilder#build", closeableClient);
    returns(HC5_CLASSIC + "HttpClientBuilder#*", HC5_CLASSIC + "HttpClientBuilder");
    returns(closeableClient + "#execute/1", HC5_CLASSIC + "CloseableHttpResponse");
    returns(hc5Client + "#execute/1", classicResponse);
    returns(hc5Client + "#executeOpen", classicResponse);
    returns(hc5Response + "#getCode", INT);
    returns(hc5Response + "#getReasonPhrase", STRING);
    returns(HC5_CORE + "HttpMessage#getFirstHeader", HC5_CORE + "Header");
    returns(HC5_CORE + "HttpMessage#getHeader", HC5_CORE + "Header");
    returns(HC5_CORE + "HttpMessage#containsHeader", BOOLEAN);
    returns(HC5_CORE + "Header#getValue", STRING);
    supertypes(hc5Response, HC5_CORE + "HttpMessage");
    supertypes(classicResponse, hc5Response, "java.io.Closeable");
    known(hc5Client, HC5_CLASSIC + "HttpClients", HC5_CORE + "Header", HC5_CORE + "HttpMessage",
        "org.apache.hc.client5.http.classic.methods.HttpGet", "org.apache.hc.client5.http.classic.methods.HttpPost",
        HC5_CORE + "HttpStatus", "org.apache.http.HttpStatus");

    // ---- Retry hooks: OkHttp interceptors and authenticators, HttpClient 5 retry strategies, Feign
    returns(OKHTTP + "Interceptor.Chain#proceed", OKHTTP + "Response");
    returns(OKHTTP + "Interceptor.Chain#request", OKHTTP + "Request");
    returns(OKHTTP + "Response#request", OKHTTP + "Request");
    returns(OKHTTP + "Response#priorResponse", OKHTTP + "Response");
    returns(OKHTTP + "Request#newBuilder", OKHTTP + "Request.Builder");
    known(OKHTTP + "Interceptor", OKHTTP + "Interceptor.Chain", OKHTTP + "Authenticator", OKHTTP + "Route");
    String hc5Strategy = "org.apache.hc.client5.http.HttpRequestRetryStrategy";
    supertypes("org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy", "java.lang.Object", hc5Strategy);
    known(hc5Strategy, "org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy",
        "org.apache.hc.core5.util.TimeValue", HC5_CORE + "HttpRequest", HC5_CORE + "HttpHeaders");
    returns("feign.Response#request", "feign.Request");
    known("feign.codec.ErrorDecoder", "feign.codec.ErrorDecoder.Default", "feign.Retryer", "feign.Retryer.Default",
        "feign.Request", "feign.Feign", "feign.Feign.Builder");

    // ---- Feign
    supertypes("feign.FeignException", "java.lang.RuntimeException");
    returns("feign.FeignException#status", INT);
    returns("feign.FeignException#errorStatus", "feign.FeignException");
    returns("feign.Response#status", INT);
    returns("feign.Response#headers", "java.util.Map");
    known("feign.Response", "feign.Util", "feign.RetryableException");

    // ---- Error bodies: Jackson, Gson, org.json, the clients' raw-body accessors, loggers
    String jackson = "com.fasterxml.jackson.databind.";
    String jsonNode = jackson + "JsonNode";
    supertypes(jsonNode, "com.fasterxml.jackson.core.TreeNode", "java.lang.Iterable");
    supertypes(jackson + "node.ObjectNode", jackson + "node.ContainerNode");
    supertypes(jackson + "node.ArrayNode", jackson + "node.ContainerNode");
    supertypes(jackson + "node.ContainerNode", jackson + "node.BaseJsonNode");
    supertypes(jackson + "node.BaseJsonNode", jsonNode);
    for (String reader : List.of(jackson + "ObjectMapper", jackson + "ObjectReader")) {
      returns(reader + "#readTree", jsonNode);
    }
    returns(jackson + "ObjectMapper#reader", jackson + "ObjectReader");
    returns(jackson + "ObjectMapper#readerFor", jackson + "ObjectReader");
    returns(jackson + "ObjectMapper#createObjectNode", jackson + "node.ObjectNode");
    returns(jackson + "ObjectMapper#valueToTree", jsonNode);
    for (String method : List.of("get", "path", "at", "findValue", "findPath", "required", "withObject",
        "withArray", "deepCopy")) {
      returns(jsonNode + "#" + method, jsonNode);
    }
    for (String method : List.of("asText", "textValue", "toString", "toPrettyString")) {
      returns(jsonNode + "#" + method, STRING);
    }
    for (String method : List.of("asInt", "intValue", "size")) {
      returns(jsonNode + "#" + method, INT);
    }
    for (String method : List.of("has", "hasNonNull", "isNull", "isMissingNode", "isObject", "isArray",
        "isTextual", "isEmpty", "asBoolean", "booleanValue", "isContainerNode", "isValueNode", "isNumber")) {
      returns(jsonNode + "#" + method, BOOLEAN);
    }
    returns(jsonNode + "#asLong", "long");
    returns(jsonNode + "#asDouble", "double");
    returns(jsonNode + "#elements", "java.util.Iterator");
    returns(jsonNode + "#iterator", "java.util.Iterator");
    returns(jsonNode + "#fieldNames", "java.util.Iterator");
    known(jackson + "ObjectMapper", jackson + "ObjectReader", jsonNode, "com.fasterxml.jackson.core.JsonProcessingException",
        "com.fasterxml.jackson.annotation.JsonProperty", "com.fasterxml.jackson.annotation.JsonIgnoreProperties");
    supertypes("com.fasterxml.jackson.core.JsonProcessingException", "java.io.IOException");
    String gson = "com.google.gson.";
    supertypes(gson + "JsonObject", gson + "JsonElement");
    supertypes(gson + "JsonArray", gson + "JsonElement", "java.lang.Iterable");
    supertypes(gson + "JsonPrimitive", gson + "JsonElement");
    supertypes(gson + "JsonNull", gson + "JsonElement");
    returns(gson + "JsonParser#parseString", gson + "JsonElement");
    returns(gson + "JsonParser#parseReader", gson + "JsonElement");
    returns(gson + "JsonParser#parse", gson + "JsonElement");
    returns(gson + "JsonElement#getAsJsonObject", gson + "JsonObject");
    returns(gson + "JsonElement#getAsJsonArray", gson + "JsonArray");
    returns(gson + "JsonElement#getAsJsonPrimitive", gson + "JsonPrimitive");
    returns(gson + "JsonElement#getAsString", STRING);
    returns(gson + "JsonElement#getAsInt", INT);
    returns(gson + "JsonElement#getAsBoolean", BOOLEAN);
    returns(gson + "JsonElement#isJsonObject", BOOLEAN);
    returns(gson + "JsonElement#isJsonArray", BOOLEAN);
    returns(gson + "JsonElement#isJsonPrimitive", BOOLEAN);
    returns(gson + "JsonElement#isJsonNull", BOOLEAN);
    returns(gson + "JsonObject#get", gson + "JsonElement");
    returns(gson + "JsonObject#getAsJsonObject", gson + "JsonObject");
    returns(gson + "JsonObject#getAsJsonArray", gson + "JsonArray");
    returns(gson + "JsonObject#getAsJsonPrimitive", gson + "JsonPrimitive");
    returns(gson + "JsonObject#has", BOOLEAN);
    returns(gson + "JsonObject#size", INT);
    returns(gson + "JsonArray#get", gson + "JsonElement");
    returns(gson + "JsonArray#size", INT);
    returns(gson + "JsonArray#iterator", "java.util.Iterator");
    known(gson + "Gson", gson + "JsonParser", gson + "JsonElement", "com.google.gson.annotations.SerializedName");
    String orgJson = "org.json.";
    for (String owner : List.of(orgJson + "JSONObject", orgJson + "JSONArray")) {
      returns(owner + "#getJSONObject", orgJson + "JSONObject");
      returns(owner + "#optJSONObject", orgJson + "JSONObject");
      returns(owner + "#getJSONArray", orgJson + "JSONArray");
      returns(owner + "#optJSONArray", orgJson + "JSONArray");
      returns(owner + "#getString", STRING);
      returns(owner + "#optString", STRING);
      returns(owner + "#getInt", INT);
      returns(owner + "#optInt", INT);
      returns(owner + "#getBoolean", BOOLEAN);
      returns(owner + "#optBoolean", BOOLEAN);
      returns(owner + "#length", INT);
      returns(owner + "#isNull", BOOLEAN);
      returns(owner + "#get", "java.lang.Object");
      returns(owner + "#opt", "java.lang.Object");
    }
    returns(orgJson + "JSONObject#has", BOOLEAN);
    returns(orgJson + "JSONObject#keySet", "java.util.Set");
    supertypes(orgJson + "JSONArray", "java.lang.Object", "java.lang.Iterable");
    known(orgJson + "JSONObject", orgJson + "JSONException");
    supertypes(orgJson + "JSONException", "java.lang.RuntimeException");
    returns(SPRING_CLIENT + "RestClientResponseException#getResponseBodyAsByteArray", "byte[]");
    returns(SPRING_HTTP + "client.ClientHttpResponse#getBody", "java.io.InputStream");
    returns(SPRING_HTTP + "client.ClientHttpResponse#getStatusText", STRING);
    returns(OKHTTP + "ResponseBody#bytes", "byte[]");
    returns(OKHTTP + "ResponseBody#byteStream", "java.io.InputStream");
    returns(OKHTTP + "ResponseBody#charStream", "java.io.Reader");
    returns("org.slf4j.LoggerFactory#getLogger", "org.slf4j.Logger");
    returns("org.apache.logging.log4j.LogManager#getLogger", "org.apache.logging.log4j.Logger");
    returns("org.apache.commons.logging.LogFactory#getLog", "org.apache.commons.logging.Log");
    known("org.slf4j.Logger", "org.apache.logging.log4j.Logger", "org.apache.commons.logging.Log");

    // ---- Guava
    known("com.google.common.util.concurrent.Uninterruptibles", "com.google.common.net.HttpHeaders");

    // ---- Constants: Retry-After names that are compile-time constants, Apache's HttpStatus.SC_*
    for (String constant : HttpNames.RETRY_AFTER_CONSTANTS) {
      String owner = constant.substring(0, constant.lastIndexOf('.'));
      known(owner);
    }
    for (String owner : List.of(httpHeaders, "com.google.common.net.HttpHeaders", HC5_CORE + "HttpHeaders",
        "org.apache.http.HttpHeaders", "jakarta.ws.rs.core.HttpHeaders", "javax.ws.rs.core.HttpHeaders",
        "feign.Util")) {
      CONSTANTS.put(owner + ".RETRY_AFTER", "Retry-After");
      FIELD_TYPES.put(owner + "#RETRY_AFTER", STRING);
    }
    for (String owner : List.of(HC5_CORE + "HttpStatus", "org.apache.http.HttpStatus")) {
      for (String name : statusEnumConstantNames()) {
        HttpNames.statusOfEnumConstant(name).ifPresent(code -> CONSTANTS.put(owner + ".SC_" + name, code));
      }
      CONSTANTS.put(owner + ".SC_MOVED_TEMPORARILY", 302);
      CONSTANTS.put(owner + ".SC_REQUEST_TOO_LONG", 413);
      CONSTANTS.put(owner + ".SC_INSUFFICIENT_SPACE_ON_RESOURCE", 419);
      CONSTANTS.put(owner + ".SC_METHOD_FAILURE", 420);
      CONSTANTS.put(owner + ".SC_MISDIRECTED_REQUEST", 421);
    }

    KNOWN_TYPES.addAll(SUPERTYPES.keySet());
    for (String key : RETURN_TYPES.keySet()) {
      KNOWN_TYPES.add(key.substring(0, key.indexOf('#')));
    }
    KNOWN_TYPES.addAll(HttpNames.STATUS_ENUMS);
  }

  private static List<String> statusEnumConstantNames() {
    return List.of("CONTINUE", "SWITCHING_PROTOCOLS", "OK", "CREATED", "ACCEPTED", "NON_AUTHORITATIVE_INFORMATION",
        "NO_CONTENT", "RESET_CONTENT", "PARTIAL_CONTENT", "MULTIPLE_CHOICES", "MOVED_PERMANENTLY", "FOUND",
        "SEE_OTHER", "NOT_MODIFIED", "TEMPORARY_REDIRECT", "PERMANENT_REDIRECT", "BAD_REQUEST", "UNAUTHORIZED",
        "PAYMENT_REQUIRED", "FORBIDDEN", "NOT_FOUND", "METHOD_NOT_ALLOWED", "NOT_ACCEPTABLE",
        "PROXY_AUTHENTICATION_REQUIRED", "REQUEST_TIMEOUT", "CONFLICT", "GONE", "LENGTH_REQUIRED",
        "PRECONDITION_FAILED", "PAYLOAD_TOO_LARGE", "CONTENT_TOO_LARGE", "REQUEST_ENTITY_TOO_LARGE", "URI_TOO_LONG",
        "REQUEST_URI_TOO_LONG", "UNSUPPORTED_MEDIA_TYPE", "REQUESTED_RANGE_NOT_SATISFIABLE", "EXPECTATION_FAILED",
        "I_AM_A_TEAPOT", "UNPROCESSABLE_ENTITY", "UNPROCESSABLE_CONTENT", "LOCKED", "FAILED_DEPENDENCY",
        "TOO_EARLY", "UPGRADE_REQUIRED", "PRECONDITION_REQUIRED", "TOO_MANY_REQUESTS",
        "REQUEST_HEADER_FIELDS_TOO_LARGE", "UNAVAILABLE_FOR_LEGAL_REASONS", "INTERNAL_SERVER_ERROR",
        "NOT_IMPLEMENTED", "BAD_GATEWAY", "SERVICE_UNAVAILABLE", "GATEWAY_TIMEOUT", "HTTP_VERSION_NOT_SUPPORTED",
        "INSUFFICIENT_STORAGE", "NETWORK_AUTHENTICATION_REQUIRED");
  }

  private static void supertypes(String type, String... direct) {
    SUPERTYPES.put(type, List.of(direct));
  }

  private static void returns(String key, String type) {
    RETURN_TYPES.put(key, type);
  }

  private static void putFieldType(String key, String type) {
    FIELD_TYPES.put(key, type);
  }

  private static void known(String... types) {
    KNOWN_TYPES.addAll(List.of(types));
  }

  /** Whether the scanner knows a library type of this qualified name. */
  static boolean isKnownType(String qualified) {
    if (KNOWN_TYPES.contains(qualified) || HttpErrorTypes.isKnown(qualified)) {
      return true;
    }
    // The FIC SDK's API classes: it.fattureincloud.sdk.api.ClientsApi, ...
    return packageOf(qualified).equals(FIC_API_PACKAGE) && qualified.endsWith("Api");
  }

  /** The direct supertypes of a library type, when the table or the error-type catalogue knows them. */
  static List<String> supertypes(String type) {
    List<String> direct = SUPERTYPES.get(type);
    if (direct != null) {
      return direct;
    }
    List<String> chain = HttpErrorTypes.typeAndSupertypes(type);
    if (chain.size() > 1) {
      return List.of(chain.get(1));
    }
    if (type.startsWith("feign.FeignException.")) {
      return List.of("feign.FeignException");
    }
    return List.of();
  }

  /** The superclass of a library class, when known. */
  static Optional<String> superclass(String type) {
    List<String> chain = HttpErrorTypes.typeAndSupertypes(type);
    if (chain.size() > 1) {
      return Optional.of(chain.get(1));
    }
    if (type.startsWith("feign.FeignException.")) {
      return Optional.of("feign.FeignException");
    }
    List<String> direct = SUPERTYPES.get(type);
    return direct == null || direct.isEmpty() ? Optional.empty() : Optional.of(direct.get(0));
  }

  /** The return type of a library method on exactly this owner, if the table has it. */
  static Optional<String> returnType(String owner, String method, int arity) {
    String withArity = RETURN_TYPES.get(owner + "#" + method + "/" + arity);
    if (withArity != null) {
      return Optional.of(withArity);
    }
    String exact = RETURN_TYPES.get(owner + "#" + method);
    if (exact != null) {
      return Optional.of(exact);
    }
    if (packageOf(owner).equals(FIC_API_PACKAGE)) {
      if (method.endsWith("WithHttpInfo")) {
        return Optional.of(FIC_API_RESPONSE);
      }
      if (method.endsWith("Call") || method.endsWith("Async")) {
        return Optional.of(OKHTTP + "Call");
      }
      if (method.equals("getApiClient")) {
        return Optional.of(FIC_API_CLIENT);
      }
    }
    return Optional.ofNullable(RETURN_TYPES.get(owner + "#*"));
  }

  /** The parameter types of a lambda passed as argument {@code argument} of a library method, or none. */
  static List<String> lambdaParameters(String owner, String method, int argument) {
    return LAMBDA_PARAMETERS.getOrDefault(owner + "#" + method + "/" + argument, List.of());
  }

  /** The type of a library field, e.g. a status enum constant. */
  static Optional<String> fieldType(String owner, String field) {
    String type = FIELD_TYPES.get(owner + "#" + field);
    if (type != null) {
      return Optional.of(type);
    }
    if (HttpNames.STATUS_ENUMS.contains(owner) && HttpNames.statusOfEnumConstant(field).isPresent()) {
      return Optional.of(owner);
    }
    return CONSTANTS.get(owner + "." + field) instanceof Integer ? Optional.of(INT) : Optional.empty();
  }

  /** Whether the library type has a static member of this name that the scanner knows. */
  static boolean hasStaticMember(String owner, String member) {
    return CONSTANTS.containsKey(owner + "." + member) || FIELD_TYPES.containsKey(owner + "#" + member)
        || (HttpNames.STATUS_ENUMS.contains(owner) && HttpNames.statusOfEnumConstant(member).isPresent())
        || (owner.equals("com.google.common.util.concurrent.Uninterruptibles")
            && member.equals("sleepUninterruptibly"))
        || RETURN_TYPES.containsKey(owner + "#" + member);
  }

  /** A compile-time constant of a library class (an Integer or a String), if the table has it. */
  static Optional<Object> constant(String owner, String field) {
    return Optional.ofNullable(CONSTANTS.get(owner + "." + field));
  }

  /** The package of a qualified type name: the segments before the first capitalised one. */
  static String packageOf(String qualified) {
    int start = 0;
    int end = -1;
    while (start < qualified.length()) {
      int dot = qualified.indexOf('.', start);
      int segmentEnd = dot < 0 ? qualified.length() : dot;
      if (segmentEnd > start && Character.isUpperCase(qualified.charAt(start))) {
        break;
      }
      end = segmentEnd;
      if (dot < 0) {
        break;
      }
      start = dot + 1;
    }
    return end < 0 ? "" : qualified.substring(0, end);
  }
}
