package dev.faultline.scanner.lowering;

import static dev.faultline.scanner.lowering.LibraryRows.HC5_CORE;
import static dev.faultline.scanner.lowering.LibraryRows.INT;
import static dev.faultline.scanner.lowering.LibraryRows.OKHTTP;
import static dev.faultline.scanner.lowering.LibraryRows.REST_CLIENT;
import static dev.faultline.scanner.lowering.LibraryRows.SPRING_HTTP;
import static dev.faultline.scanner.lowering.LibraryRows.STRING;

import java.util.List;

/**
 * Rows of the scanner's library tables: Retry hooks: OkHttp interceptors and authenticators, Spring
 * request interceptors, HttpClient 5 retry strategies, Feign.
 */
final class RetryHookRows {
  private RetryHookRows() {}

  static void addTo(LibraryRows rows) {
    rows.returns(OKHTTP + "Interceptor.Chain#proceed", OKHTTP + "Response");
    rows.returns(OKHTTP + "Interceptor.Chain#request", OKHTTP + "Request");
    rows.returns(OKHTTP + "Response#request", OKHTTP + "Request");
    rows.returns(OKHTTP + "Response#priorResponse", OKHTTP + "Response");
    rows.returns(OKHTTP + "Request#newBuilder", OKHTTP + "Request.Builder");
    rows.known(
        OKHTTP + "Interceptor",
        OKHTTP + "Interceptor.Chain",
        OKHTTP + "Authenticator",
        OKHTTP + "Route");
    springInterceptors(rows);
    String hc5Strategy = "org.apache.hc.client5.http.HttpRequestRetryStrategy";
    rows.supertypes(
        "org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy",
        "java.lang.Object",
        hc5Strategy);
    rows.known(
        hc5Strategy,
        "org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy",
        "org.apache.hc.core5.util.TimeValue",
        HC5_CORE + "HttpRequest",
        HC5_CORE + "HttpHeaders");
    rows.returns("feign.Response#request", "feign.Request");
    rows.known(
        "feign.codec.ErrorDecoder",
        "feign.codec.ErrorDecoder.Default",
        "feign.Retryer",
        "feign.Retryer.Default",
        "feign.Request",
        "feign.Feign",
        "feign.Feign.Builder");
  }

  /**
   * Spring's {@code ClientHttpRequestInterceptor} (RestTemplate, RestClient): {@code
   * execution.execute(request, body)} sends the request on down the chain and returns the response
   * whatever its status.
   */
  private static void springInterceptors(LibraryRows rows) {
    String client = SPRING_HTTP + "client.";
    String interceptor = client + "ClientHttpRequestInterceptor";
    String execution = client + "ClientHttpRequestExecution";
    String response = client + "ClientHttpResponse";
    String request = SPRING_HTTP + "HttpRequest";
    String message = SPRING_HTTP + "HttpMessage";
    String input = SPRING_HTTP + "HttpInputMessage";
    String accessor = client + "support.InterceptingHttpAccessor";
    List<String> parameters = List.of(request, "byte[]", execution);
    rows.functional(interceptor, parameters.toArray(String[]::new));
    rows.lambdaParameters(REST_CLIENT + ".Builder#requestInterceptor/0", parameters);
    rows.returns(execution + "#execute", response);
    rows.supertypes(response, input, "java.io.Closeable");
    rows.supertypes(input, message);
    rows.supertypes(request, message);
    rows.supertypes(accessor, client + "support.HttpAccessor");
    rows.returns(message + "#getHeaders", SPRING_HTTP + "HttpHeaders");
    rows.returns(input + "#getBody", "java.io.InputStream");
    rows.returns(response + "#getRawStatusCode", INT);
    rows.returns(response + "#getStatusText", STRING);
    rows.returns(request + "#getURI", "java.net.URI");
    rows.returns(request + "#getMethod", SPRING_HTTP + "HttpMethod");
    rows.returns(accessor + "#getInterceptors", "java.util.List<" + interceptor + ">");
  }
}
