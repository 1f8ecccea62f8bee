package dev.faultline.scanner.lowering;

import static dev.faultline.scanner.lowering.LibraryRows.BOOLEAN;
import static dev.faultline.scanner.lowering.LibraryRows.INT;
import static dev.faultline.scanner.lowering.LibraryRows.STRING;

import java.util.List;

/**
 * Rows of the scanner's library tables: Apache HttpClient 4 (httpclient 4.5, httpcore 4.4), its
 * response handlers and its ServiceUnavailableRetryStrategy.
 */
final class HttpClient4Rows {
  private HttpClient4Rows() {}

  private static final String HC4 = "org.apache.http.";
  private static final String IMPL = HC4 + "impl.client.";

  static void addTo(LibraryRows rows) {
    String client = HC4 + "client.HttpClient";
    String closeableClient = IMPL + "CloseableHttpClient";
    String response = HC4 + "HttpResponse";
    String closeableResponse = HC4 + "client.methods.CloseableHttpResponse";
    String builder = IMPL + "HttpClientBuilder";
    rows.supertypes(closeableClient, "java.lang.Object", client, "java.io.Closeable");
    rows.supertypes(IMPL + "InternalHttpClient", closeableClient);
    rows.supertypes(IMPL + "MinimalHttpClient", closeableClient);
    rows.supertypes(IMPL + "AbstractHttpClient", closeableClient);
    rows.supertypes(IMPL + "DefaultHttpClient", IMPL + "AbstractHttpClient");
    rows.supertypes(IMPL + "SystemDefaultHttpClient", IMPL + "DefaultHttpClient");
    rows.supertypes(response, HC4 + "HttpMessage");
    rows.supertypes(closeableResponse, response, "java.io.Closeable");
    rows.supertypes(
        HC4 + "message.BasicHttpResponse", HC4 + "message.AbstractHttpMessage", response);
    rows.returns(IMPL + "HttpClients#createDefault", closeableClient);
    rows.returns(IMPL + "HttpClients#createSystem", closeableClient);
    rows.returns(IMPL + "HttpClients#createMinimal", IMPL + "MinimalHttpClient");
    rows.returns(IMPL + "HttpClients#custom", builder);
    rows.returns(builder + "#create", builder);
    rows.returns(builder + "#build", closeableClient);
    rows.returns(builder + "#*", builder);
    rows.returns(closeableClient + "#execute/1", closeableResponse);
    rows.returns(client + "#execute/1", response);
    // execute(request, responseHandler) and execute(host, request, responseHandler): the
    // handler's lambda is given the response.
    for (String owner : List.of(client, closeableClient)) {
      rows.lambdaParameters(owner + "#execute/1", List.of(response));
      rows.lambdaParameters(owner + "#execute/2", List.of(response));
    }
    rows.returns(response + "#getStatusLine", HC4 + "StatusLine");
    rows.returns(response + "#getEntity", HC4 + "HttpEntity");
    rows.returns(HC4 + "StatusLine#getStatusCode", INT);
    rows.returns(HC4 + "StatusLine#getReasonPhrase", STRING);
    rows.returns(HC4 + "HttpEntity#getContent", "java.io.InputStream");
    rows.returns(HC4 + "HttpMessage#getFirstHeader", HC4 + "Header");
    rows.returns(HC4 + "HttpMessage#getLastHeader", HC4 + "Header");
    rows.returns(HC4 + "HttpMessage#getHeaders", HC4 + "Header[]");
    rows.returns(HC4 + "HttpMessage#getAllHeaders", HC4 + "Header[]");
    rows.returns(HC4 + "HttpMessage#containsHeader", BOOLEAN);
    rows.returns(HC4 + "Header#getValue", STRING);
    rows.returns(HC4 + "Header#getName", STRING);
    rows.returns(HC4 + "util.EntityUtils#toString", STRING);
    rows.returns(HC4 + "util.EntityUtils#toByteArray", "byte[]");
    rows.returns(HC4 + "client.HttpResponseException#getStatusCode", INT);
    rows.returns(HC4 + "client.HttpResponseException#getReasonPhrase", STRING);
    rows.supertypes(IMPL + "BasicResponseHandler", IMPL + "AbstractResponseHandler");
    rows.supertypes(
        IMPL + "AbstractResponseHandler", "java.lang.Object", HC4 + "client.ResponseHandler");
    rows.supertypes(
        IMPL + "DefaultServiceUnavailableRetryStrategy",
        "java.lang.Object",
        HC4 + "client.ServiceUnavailableRetryStrategy");
    rows.known(
        client,
        HC4 + "client.ResponseHandler",
        HC4 + "client.ServiceUnavailableRetryStrategy",
        HC4 + "client.HttpRequestRetryHandler",
        IMPL + "DefaultHttpRequestRetryHandler",
        IMPL + "HttpClients",
        HC4 + "Header",
        HC4 + "HttpMessage",
        HC4 + "HttpEntity",
        HC4 + "StatusLine",
        HC4 + "HttpHost",
        HC4 + "HttpRequest",
        HC4 + "HttpHeaders",
        HC4 + "HttpStatus",
        HC4 + "protocol.HttpContext",
        HC4 + "util.EntityUtils",
        HC4 + "entity.StringEntity",
        HC4 + "entity.ByteArrayEntity",
        HC4 + "client.config.RequestConfig",
        HC4 + "entity.ContentType",
        HC4 + "client.methods.HttpUriRequest",
        HC4 + "client.methods.HttpGet",
        HC4 + "client.methods.HttpPost",
        HC4 + "client.methods.HttpPut",
        HC4 + "client.methods.HttpDelete",
        HC4 + "client.methods.HttpPatch");
  }
}
