package dev.faultline.scanner.lowering;

import static dev.faultline.scanner.lowering.LibraryRows.FIC_API_CLIENT;
import static dev.faultline.scanner.lowering.LibraryRows.FIC_API_EXCEPTION;
import static dev.faultline.scanner.lowering.LibraryRows.FIC_API_RESPONSE;
import static dev.faultline.scanner.lowering.LibraryRows.INT;
import static dev.faultline.scanner.lowering.LibraryRows.OKHTTP;
import static dev.faultline.scanner.lowering.LibraryRows.STRING;

/**
 * Rows of the scanner's library tables: Fatture in Cloud SDK (the *Api classes are recognised by
 * their package).
 */
final class FatturaInCloudRows {
  private FatturaInCloudRows() {}

  static void addTo(LibraryRows rows) {
    rows.returns(FIC_API_CLIENT + "#execute", FIC_API_RESPONSE);
    rows.returns(FIC_API_CLIENT + "#buildCall", OKHTTP + "Call");
    rows.returns(FIC_API_CLIENT + "#getHttpClient", OKHTTP + "OkHttpClient");
    rows.returns(FIC_API_RESPONSE + "#getStatusCode", INT);
    rows.returns(FIC_API_RESPONSE + "#getHeaders", "java.util.Map");
    rows.returns(FIC_API_EXCEPTION + "#getCode", INT);
    rows.returns(FIC_API_EXCEPTION + "#getResponseHeaders", "java.util.Map");
    rows.returns(FIC_API_EXCEPTION + "#getResponseBody", STRING);
    rows.returns(FIC_API_EXCEPTION + "#getMessage", STRING);
    rows.known(
        FIC_API_CLIENT,
        FIC_API_RESPONSE,
        "it.fattureincloud.sdk.ApiCallback",
        "it.fattureincloud.sdk.Configuration",
        "it.fattureincloud.sdk.JSON");
  }
}
