package dev.faultline.scanner.lowering;

import static dev.faultline.scanner.lowering.LibraryRows.BOOLEAN;
import static dev.faultline.scanner.lowering.LibraryRows.INT;
import static dev.faultline.scanner.lowering.LibraryRows.OKHTTP;
import static dev.faultline.scanner.lowering.LibraryRows.STRING;

/** Rows of the scanner's library tables: Retrofit 2. */
final class RetrofitRows {
  private static final String RETROFIT = "retrofit2.";

  private RetrofitRows() {}

  static void addTo(LibraryRows rows) {
    rows.supertypes(RETROFIT + "Call", "java.lang.Cloneable");
    rows.supertypes(RETROFIT + "HttpException", "java.lang.RuntimeException");
    rows.returns(RETROFIT + "Call#execute", RETROFIT + "Response");
    rows.returns(RETROFIT + "Call#clone", RETROFIT + "Call");
    rows.returns(RETROFIT + "Call#request", OKHTTP + "Request");
    rows.returns(RETROFIT + "Response#code", INT);
    rows.returns(RETROFIT + "Response#isSuccessful", BOOLEAN);
    rows.returns(RETROFIT + "Response#message", STRING);
    rows.returns(RETROFIT + "Response#headers", OKHTTP + "Headers");
    rows.returns(RETROFIT + "Response#errorBody", OKHTTP + "ResponseBody");
    rows.returns(RETROFIT + "Response#raw", OKHTTP + "Response");
    rows.returns(RETROFIT + "HttpException#code", INT);
    rows.returns(RETROFIT + "HttpException#message", STRING);
    rows.returns(RETROFIT + "HttpException#response", RETROFIT + "Response");
    rows.known(RETROFIT + "Retrofit", RETROFIT + "Retrofit.Builder", RETROFIT + "Callback");
  }
}
