package dev.faultline.scanner.lowering;

import static dev.faultline.scanner.lowering.LibraryRows.BOOLEAN;
import static dev.faultline.scanner.lowering.LibraryRows.INT;
import static dev.faultline.scanner.lowering.LibraryRows.STRING;

import dev.faultline.analysis.library.HttpNames;
import java.util.List;

/**
 * Rows of the scanner's library tables: Google HTTP Client ({@code com.google.api.client.http}),
 * its requests, responses, HttpResponseException, status constants and retry handlers.
 */
final class GoogleHttpRows {
  private GoogleHttpRows() {}

  private static final String HTTP = "com.google.api.client.http.";
  private static final String UTIL = "com.google.api.client.util.";

  /** The setters of HttpRequest: each returns the request. */
  private static final List<String> REQUEST_SETTERS =
      List.of(
          "setRequestMethod",
          "setUrl",
          "setContent",
          "setEncoding",
          "setBackOffPolicy",
          "setContentLoggingLimit",
          "setLoggingEnabled",
          "setCurlLoggingEnabled",
          "setConnectTimeout",
          "setReadTimeout",
          "setWriteTimeout",
          "setHeaders",
          "setResponseHeaders",
          "setInterceptor",
          "setUnsuccessfulResponseHandler",
          "setIOExceptionHandler",
          "setResponseInterceptor",
          "setNumberOfRetries",
          "setParser",
          "setFollowRedirects",
          "setUseRawRedirectUrls",
          "setThrowExceptionOnExecuteError",
          "setRetryOnExecuteIOException",
          "setSuppressUserAgentSuffix",
          "setResponseReturnRawInputStream",
          "setSleeper");

  static void addTo(LibraryRows rows) {
    String request = HTTP + "HttpRequest";
    String response = HTTP + "HttpResponse";
    String exception = HTTP + "HttpResponseException";
    String headers = HTTP + "HttpHeaders";
    String factory = HTTP + "HttpRequestFactory";
    String transport = HTTP + "HttpTransport";
    String handler = HTTP + "HttpUnsuccessfulResponseHandler";
    String backOffHandler = HTTP + "HttpBackOffUnsuccessfulResponseHandler";
    String backOffRequired = backOffHandler + ".BackOffRequired";
    String backOff = UTIL + "BackOff";
    String exponential = UTIL + "ExponentialBackOff";

    rows.supertypes(exception, "java.io.IOException");
    rows.supertypes(HTTP + "javanet.NetHttpTransport", transport);
    rows.supertypes(HTTP + "apache.v2.ApacheHttpTransport", transport);
    rows.supertypes(backOffHandler, "java.lang.Object", handler);
    rows.supertypes(
        HTTP + "HttpBackOffIOExceptionHandler",
        HTTP + "ExponentialBackOffPolicy",
        HTTP + "BackOffPolicy",
        "java.lang.Object",
        HTTP + "HttpIOExceptionHandler");
    rows.supertypes(exponential, "java.lang.Object", backOff);
    rows.supertypes(headers, UTIL + "GenericData");

    rows.returns(transport + "#createRequestFactory", factory);
    rows.lambdaParameters(transport + "#createRequestFactory/0", List.of(request));
    rows.lambdaParameters(HTTP + "HttpRequestInitializer#initialize/0", List.of(request));
    for (String build :
        List.of(
            "buildRequest",
            "buildDeleteRequest",
            "buildGetRequest",
            "buildPostRequest",
            "buildPutRequest",
            "buildPatchRequest",
            "buildHeadRequest")) {
      rows.returns(factory + "#" + build, request);
    }
    for (String setter : REQUEST_SETTERS) {
      rows.returns(request + "#" + setter, request);
    }
    rows.returns(request + "#execute", response);
    rows.returns(request + "#getHeaders", headers);
    rows.returns(request + "#getResponseHeaders", headers);
    rows.returns(request + "#getNumberOfRetries", INT);
    rows.returns(request + "#getUnsuccessfulResponseHandler", handler);
    rows.returns(response + "#getStatusCode", INT);
    rows.returns(response + "#isSuccessStatusCode", BOOLEAN);
    rows.returns(response + "#getStatusMessage", STRING);
    rows.returns(response + "#getHeaders", headers);
    rows.returns(response + "#getRequest", request);
    rows.returns(response + "#parseAsString", STRING);
    rows.returns(response + "#getContent", "java.io.InputStream");
    rows.returns(exception + "#getStatusCode", INT);
    rows.returns(exception + "#isSuccessStatusCode", BOOLEAN);
    rows.returns(exception + "#getStatusMessage", STRING);
    rows.returns(exception + "#getContent", STRING);
    rows.returns(exception + "#getHeaders", headers);
    rows.returns(headers + "#getRetryAfter", STRING);
    rows.returns(headers + "#getFirstHeaderStringValue", STRING);
    rows.returns(headers + "#getHeaderStringValues", "java.util.List");
    rows.returns(backOffHandler + "#setBackOffRequired", backOffHandler);
    rows.returns(backOffHandler + "#setSleeper", backOffHandler);
    rows.returns(backOffHandler + "#getBackOffRequired", backOffRequired);
    rows.lambdaParameters(backOffHandler + "#setBackOffRequired/0", List.of(response));
    rows.lambdaParameters(backOffRequired + "#isRequired/0", List.of(response));
    rows.fieldType(backOffRequired + "#ALWAYS", backOffRequired);
    rows.fieldType(backOffRequired + "#ON_SERVER_ERROR", backOffRequired);
    rows.returns(exponential + ".Builder#build", exponential);
    rows.returns(exponential + ".Builder#*", exponential + ".Builder");
    rows.returns(UTIL + "BackOffUtils#next", BOOLEAN);

    String statusCodes = HTTP + "HttpStatusCodes";
    // HttpStatusCodes.STATUS_CODE_*: the usual names of the statuses (a name the class lacks is
    // never
    // referenced), and SERVER_ERROR for 500.
    for (String name : LibraryRows.statusEnumConstantNames()) {
      HttpNames.statusOfEnumConstant(name)
          .ifPresent(code -> statusCode(rows, statusCodes, name, code));
    }
    statusCode(rows, statusCodes, "SERVER_ERROR", 500);
    rows.returns(statusCodes + "#isSuccess", BOOLEAN);
    rows.returns(statusCodes + "#isRedirect", BOOLEAN);

    rows.known(
        request,
        response,
        exception,
        headers,
        factory,
        transport,
        handler,
        backOffHandler,
        backOffRequired,
        statusCodes,
        HTTP + "GenericUrl",
        HTTP + "HttpContent",
        HTTP + "ByteArrayContent",
        HTTP + "UrlEncodedContent",
        HTTP + "HttpRequestInitializer",
        HTTP + "HttpIOExceptionHandler",
        HTTP + "HttpBackOffIOExceptionHandler",
        HTTP + "ExponentialBackOffPolicy",
        HTTP + "BackOffPolicy",
        HTTP + "json.JsonHttpContent",
        HTTP + "javanet.NetHttpTransport",
        backOff,
        exponential,
        exponential + ".Builder",
        UTIL + "BackOffUtils",
        UTIL + "Sleeper");
  }

  private static void statusCode(LibraryRows rows, String owner, String name, int code) {
    rows.constant(owner + ".STATUS_CODE_" + name, code);
    rows.fieldType(owner + "#STATUS_CODE_" + name, INT);
  }
}
