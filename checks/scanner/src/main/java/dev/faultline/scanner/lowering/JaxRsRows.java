package dev.faultline.scanner.lowering;

import static dev.faultline.scanner.lowering.LibraryRows.BOOLEAN;
import static dev.faultline.scanner.lowering.LibraryRows.INT;
import static dev.faultline.scanner.lowering.LibraryRows.STRING;

import java.util.List;

/**
 * Rows of the scanner's library tables: the JAX-RS client API, 2.x ({@code javax.ws.rs}) and 3.x
 * ({@code jakarta.ws.rs}). The exception types come from the analysis's error-type catalogue.
 */
final class JaxRsRows {
  private JaxRsRows() {}

  private static final List<String> VERBS =
      List.of("get", "put", "post", "delete", "head", "options", "trace", "method");

  private static final List<String> FAMILIES =
      List.of(
          "INFORMATIONAL", "SUCCESSFUL", "REDIRECTION", "CLIENT_ERROR", "SERVER_ERROR", "OTHER");

  static void addTo(LibraryRows rows) {
    addTo(rows, "javax.ws.rs.");
    addTo(rows, "jakarta.ws.rs.");
  }

  private static void addTo(LibraryRows rows, String jaxRs) {
    String client = jaxRs + "client.";
    String core = jaxRs + "core.";
    String clientType = client + "Client";
    String clientBuilder = client + "ClientBuilder";
    String target = client + "WebTarget";
    String builder = client + "Invocation.Builder";
    String invocation = client + "Invocation";
    String syncInvoker = client + "SyncInvoker";
    String response = core + "Response";
    String statusType = response + ".StatusType";
    String status = response + ".Status";
    String family = status + ".Family";
    rows.returns(clientBuilder + "#newClient", clientType);
    rows.returns(clientBuilder + "#newBuilder", clientBuilder);
    rows.returns(clientBuilder + "#build", clientType);
    rows.returns(clientBuilder + "#*", clientBuilder);
    rows.returns(clientType + "#target", target);
    rows.returns(clientType + "#invocation", builder);
    rows.returns(clientType + "#register", clientType);
    rows.returns(clientType + "#property", clientType);
    rows.returns(target + "#request", builder);
    rows.returns(target + "#getUri", "java.net.URI");
    rows.returns(target + "#*", target);
    rows.supertypes(builder, "java.lang.Object", syncInvoker);
    for (String setter :
        List.of(
            "accept",
            "acceptLanguage",
            "acceptEncoding",
            "cookie",
            "cacheControl",
            "header",
            "headers",
            "property")) {
      rows.returns(builder + "#" + setter, builder);
    }
    for (String build : List.of("build", "buildGet", "buildDelete", "buildPost", "buildPut")) {
      rows.returns(builder + "#" + build, invocation);
    }
    rows.returns(builder + "#async", client + "AsyncInvoker");
    rows.returns(builder + "#rx", client + "CompletionStageRxInvoker");
    rows.supertypes(client + "CompletionStageRxInvoker", "java.lang.Object", client + "RxInvoker");
    // The calls that return the response whatever its status: no type to convert it to.
    for (String verb : VERBS) {
      int untypedArity = verb.equals("post") || verb.equals("put") || verb.equals("method") ? 1 : 0;
      rows.returns(syncInvoker + "#" + verb + "/" + untypedArity, response);
    }
    rows.returns(invocation + "#invoke/0", response);
    rows.returns(invocation + "#property", invocation);
    rows.returns(client + "Entity#*", client + "Entity");

    rows.supertypes(response, "java.lang.Object", "java.lang.AutoCloseable");
    rows.returns(response + "#getStatus", INT);
    rows.returns(response + "#getStatusInfo", statusType);
    rows.returns(response + "#getHeaderString", STRING);
    rows.returns(response + "#hasEntity", BOOLEAN);
    rows.returns(response + "#bufferEntity", BOOLEAN);
    rows.returns(response + "#getHeaders", core + "MultivaluedMap");
    rows.returns(response + "#getStringHeaders", core + "MultivaluedMap");
    rows.returns(response + "#getDate", "java.util.Date");
    rows.returns(response + "#getLocation", "java.net.URI");
    rows.returns(response + "#status", response + ".ResponseBuilder");
    rows.returns(response + ".ResponseBuilder#build", response);
    rows.returns(response + ".ResponseBuilder#*", response + ".ResponseBuilder");
    rows.returns(core + "MultivaluedMap#getFirst", "java.lang.Object");
    rows.supertypes(status, "java.lang.Enum", statusType);
    rows.returns(statusType + "#getStatusCode", INT);
    rows.returns(statusType + "#getFamily", family);
    rows.returns(statusType + "#getReasonPhrase", STRING);
    rows.returns(statusType + "#toEnum", status);
    rows.returns(status + "#fromStatusCode", status);
    rows.returns(family + "#familyOf", family);
    rows.supertypes(family, "java.lang.Enum");
    for (String name : FAMILIES) {
      rows.fieldType(family + "#" + name, family);
    }
    for (String name : LibraryRows.statusEnumConstantNames()) {
      rows.fieldType(status + "#" + name, status);
    }

    rows.returns(jaxRs + "WebApplicationException#getResponse", response);
    rows.returns(jaxRs + "client.ResponseProcessingException#getResponse", response);
    rows.returns(jaxRs + "ServiceUnavailableException#getRetryTime", "java.util.Date");
    rows.returns(jaxRs + "ServiceUnavailableException#hasRetryAfter", BOOLEAN);
    rows.known(
        clientType,
        clientBuilder,
        target,
        builder,
        invocation,
        syncInvoker,
        client + "AsyncInvoker",
        client + "RxInvoker",
        client + "Entity",
        core + "GenericType",
        core + "MediaType",
        core + "MultivaluedMap",
        response,
        statusType,
        status,
        family);
  }
}
