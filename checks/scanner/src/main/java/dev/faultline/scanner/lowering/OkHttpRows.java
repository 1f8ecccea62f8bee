package dev.faultline.scanner.lowering;

import static dev.faultline.scanner.lowering.LibraryRows.BOOLEAN;
import static dev.faultline.scanner.lowering.LibraryRows.INT;
import static dev.faultline.scanner.lowering.LibraryRows.OKHTTP;
import static dev.faultline.scanner.lowering.LibraryRows.STRING;

/** Rows of the scanner's library tables: OkHttp. */
final class OkHttpRows {
  private OkHttpRows() {}

  static void addTo(LibraryRows rows) {
    rows.supertypes(
        OKHTTP + "OkHttpClient",
        "java.lang.Object",
        OKHTTP + "Call.Factory",
        OKHTTP + "WebSocket.Factory");
    rows.supertypes(OKHTTP + "Response", "java.lang.Object", "java.io.Closeable");
    rows.supertypes(OKHTTP + "Call", "java.lang.Cloneable");
    rows.returns(OKHTTP + "OkHttpClient#newCall", OKHTTP + "Call");
    rows.returns(OKHTTP + "OkHttpClient#newBuilder", OKHTTP + "OkHttpClient.Builder");
    rows.returns(OKHTTP + "Call.Factory#newCall", OKHTTP + "Call");
    rows.returns(OKHTTP + "Call#execute", OKHTTP + "Response");
    rows.returns(OKHTTP + "Call#clone", OKHTTP + "Call");
    rows.returns(OKHTTP + "Call#request", OKHTTP + "Request");
    rows.returns(OKHTTP + "OkHttpClient.Builder#build", OKHTTP + "OkHttpClient");
    rows.returns(OKHTTP + "OkHttpClient.Builder#*", OKHTTP + "OkHttpClient.Builder");
    rows.returns(OKHTTP + "Request.Builder#build", OKHTTP + "Request");
    rows.returns(OKHTTP + "Request.Builder#*", OKHTTP + "Request.Builder");
    rows.returns(OKHTTP + "Response#code", INT);
    rows.returns(OKHTTP + "Response#isSuccessful", BOOLEAN);
    rows.returns(OKHTTP + "Response#isRedirect", BOOLEAN);
    rows.returns(OKHTTP + "Response#header", STRING);
    rows.returns(OKHTTP + "Response#message", STRING);
    rows.returns(OKHTTP + "Response#headers", OKHTTP + "Headers");
    rows.returns(OKHTTP + "Response#body", OKHTTP + "ResponseBody");
    rows.returns(OKHTTP + "Response#peekBody", OKHTTP + "ResponseBody");
    rows.returns(OKHTTP + "Response#request", OKHTTP + "Request");
    rows.returns(OKHTTP + "Response#priorResponse", OKHTTP + "Response");
    rows.returns(OKHTTP + "Response#networkResponse", OKHTTP + "Response");
    rows.returns(OKHTTP + "Response#cacheResponse", OKHTTP + "Response");
    rows.returns(OKHTTP + "ResponseBody#string", STRING);
    rows.returns(OKHTTP + "Headers#get", STRING);
    rows.known(
        OKHTTP + "Request",
        OKHTTP + "Request.Builder",
        OKHTTP + "RequestBody",
        OKHTTP + "ResponseBody",
        OKHTTP + "Headers",
        OKHTTP + "MediaType",
        OKHTTP + "FormBody",
        OKHTTP + "MultipartBody",
        OKHTTP + "Callback",
        OKHTTP + "Interceptor",
        OKHTTP + "HttpUrl");
  }
}
