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
    rows.known("feign.Response", "feign.Util", "feign.RetryableException");
  }
}
