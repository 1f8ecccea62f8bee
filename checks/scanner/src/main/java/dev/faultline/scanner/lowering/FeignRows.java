package dev.faultline.scanner.lowering;

import static dev.faultline.scanner.lowering.LibraryRows.INT;

/** Rows of the scanner's library tables: Feign. */
final class FeignRows {
  private FeignRows() {}

  static void addTo(LibraryRows rows) {
    rows.supertypes("feign.FeignException", "java.lang.RuntimeException");
    rows.returns("feign.FeignException#status", INT);
    rows.returns("feign.FeignException#errorStatus", "feign.FeignException");
    rows.returns("feign.Response#status", INT);
    rows.returns("feign.Response#headers", "java.util.Map");
    rows.returns("feign.Response#body", "feign.Response.Body");
    rows.returns("feign.Response.Body#asInputStream", "java.io.InputStream");
    rows.returns("feign.Response.Body#asReader", "java.io.Reader");
    rows.returns("feign.Util#toString", "java.lang.String");
    rows.returns("feign.Util#toByteArray", "byte[]");
    rows.known("feign.Response", "feign.Response.Body", "feign.Util", "feign.RetryableException");
  }
}
