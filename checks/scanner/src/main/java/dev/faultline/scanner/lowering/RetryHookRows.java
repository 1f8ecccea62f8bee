package dev.faultline.scanner.lowering;

import static dev.faultline.scanner.lowering.LibraryRows.HC5_CORE;
import static dev.faultline.scanner.lowering.LibraryRows.OKHTTP;

/**
 * Rows of the scanner's library tables: Retry hooks: OkHttp interceptors and authenticators,
 * HttpClient 5 retry strategies, Feign.
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
}
