package dev.faultline.scanner.lowering;

import static dev.faultline.scanner.lowering.LibraryRows.HC5_CORE;
import static dev.faultline.scanner.lowering.LibraryRows.SPRING_HTTP;
import static dev.faultline.scanner.lowering.LibraryRows.STRING;

import dev.faultline.analysis.library.HttpNames;
import java.util.List;

/**
 * Rows of the scanner's library tables: Guava; Constants: Retry-After names that are compile-time
 * constants, Apache's HttpStatus.SC_*, OkHttp's StatusLine.HTTP_*.
 */
final class ConstantRows {
  private ConstantRows() {}

  static void addTo(LibraryRows rows) {
    String httpHeaders = SPRING_HTTP + "HttpHeaders";
    rows.known(
        "com.google.common.util.concurrent.Uninterruptibles", "com.google.common.net.HttpHeaders");

    for (String constant : HttpNames.RETRY_AFTER_CONSTANTS) {
      String owner = constant.substring(0, constant.lastIndexOf('.'));
      rows.known(owner);
    }
    for (String owner :
        List.of(
            httpHeaders,
            "com.google.common.net.HttpHeaders",
            HC5_CORE + "HttpHeaders",
            "org.apache.http.HttpHeaders",
            "jakarta.ws.rs.core.HttpHeaders",
            "javax.ws.rs.core.HttpHeaders",
            "feign.Util")) {
      rows.constant(owner + ".RETRY_AFTER", "Retry-After");
      rows.fieldType(owner + "#RETRY_AFTER", STRING);
    }
    for (String owner : List.of(HC5_CORE + "HttpStatus", "org.apache.http.HttpStatus")) {
      for (String name : LibraryRows.statusEnumConstantNames()) {
        HttpNames.statusOfEnumConstant(name)
            .ifPresent(code -> rows.constant(owner + ".SC_" + name, code));
      }
      rows.constant(owner + ".SC_MOVED_TEMPORARILY", 302);
      rows.constant(owner + ".SC_REQUEST_TOO_LONG", 413);
      rows.constant(owner + ".SC_INSUFFICIENT_SPACE_ON_RESOURCE", 419);
      rows.constant(owner + ".SC_METHOD_FAILURE", 420);
      rows.constant(owner + ".SC_MISDIRECTED_REQUEST", 421);
    }
    // OkHttp's own status constants, next to java.net.HttpURLConnection's HTTP_*.
    String statusLine = "okhttp3.internal.http.StatusLine";
    rows.known(statusLine);
    rows.constant(statusLine + ".HTTP_TEMP_REDIRECT", 307);
    rows.constant(statusLine + ".HTTP_PERM_REDIRECT", 308);
    rows.constant(statusLine + ".HTTP_MISDIRECTED_REQUEST", 421);
    rows.constant(statusLine + ".HTTP_CONTINUE", 100);
  }
}
