package dev.faultline.scanner.lowering;

import static dev.faultline.scanner.lowering.LibraryRows.BOOLEAN;
import static dev.faultline.scanner.lowering.LibraryRows.HC5_CLASSIC;
import static dev.faultline.scanner.lowering.LibraryRows.HC5_CORE;
import static dev.faultline.scanner.lowering.LibraryRows.INT;
import static dev.faultline.scanner.lowering.LibraryRows.STRING;

/** Rows of the scanner's library tables: Apache HttpClient 5. */
final class HttpClient5Rows {
  private HttpClient5Rows() {}

  static void addTo(LibraryRows rows) {
    String hc5Client = "org.apache.hc.client5.http.classic.HttpClient";
    String closeableClient = HC5_CLASSIC + "CloseableHttpClient";
    String hc5Response = HC5_CORE + "HttpResponse";
    String classicResponse = HC5_CORE + "ClassicHttpResponse";
    rows.supertypes(
        closeableClient,
        "java.lang.Object",
        hc5Client,
        "org.apache.hc.core5.io.ModalCloseable",
        "java.io.Closeable");
    rows.supertypes(HC5_CLASSIC + "InternalHttpClient", closeableClient);
    rows.supertypes(HC5_CLASSIC + "MinimalHttpClient", closeableClient);
    rows.supertypes(classicResponse, hc5Response, "java.io.Closeable");
    rows.supertypes(HC5_CLASSIC + "CloseableHttpResponse", "java.lang.Object", classicResponse);
    rows.supertypes(
        HC5_CORE + "message.BasicClassicHttpResponse",
        HC5_CORE + "message.BasicHttpResponse",
        classicResponse);
    rows.supertypes(
        HC5_CORE + "message.BasicHttpResponse", HC5_CORE + "message.HttpMessage", hc5Response);
    rows.returns(HC5_CLASSIC + "HttpClients#createDefault", closeableClient);
    rows.returns(HC5_CLASSIC + "HttpClients#createSystem", closeableClient);
    rows.returns(HC5_CLASSIC + "HttpClients#createMinimal", HC5_CLASSIC + "MinimalHttpClient");
    rows.returns(HC5_CLASSIC + "HttpClients#custom", HC5_CLASSIC + "HttpClientBuilder");
    rows.returns(HC5_CLASSIC + "HttpClientBuilder#build", closeableClient);
    rows.returns(HC5_CLASSIC + "HttpClientBuilder#*", HC5_CLASSIC + "HttpClientBuilder");
    rows.returns(closeableClient + "#execute/1", HC5_CLASSIC + "CloseableHttpResponse");
    rows.returns(hc5Client + "#execute/1", classicResponse);
    rows.returns(hc5Client + "#executeOpen", classicResponse);
    rows.returns(hc5Response + "#getCode", INT);
    rows.returns(hc5Response + "#getReasonPhrase", STRING);
    rows.returns(HC5_CORE + "HttpMessage#getFirstHeader", HC5_CORE + "Header");
    rows.returns(HC5_CORE + "HttpMessage#getHeader", HC5_CORE + "Header");
    rows.returns(HC5_CORE + "HttpMessage#containsHeader", BOOLEAN);
    rows.returns(HC5_CORE + "Header#getValue", STRING);
    rows.supertypes(hc5Response, HC5_CORE + "HttpMessage");
    rows.supertypes(classicResponse, hc5Response, "java.io.Closeable");
    rows.known(
        hc5Client,
        HC5_CLASSIC + "HttpClients",
        HC5_CORE + "Header",
        HC5_CORE + "HttpMessage",
        "org.apache.hc.client5.http.classic.methods.HttpGet",
        "org.apache.hc.client5.http.classic.methods.HttpPost",
        HC5_CORE + "HttpStatus",
        "org.apache.http.HttpStatus");
  }
}
