package dev.faultline.analysis.catalogue;

import dev.faultline.analysis.catalogue.CallMeaning.Request;
import dev.faultline.analysis.catalogue.CallMeaning.StatusRead;
import dev.faultline.analysis.library.HttpErrorTypes;
import dev.faultline.analysis.view.CodeView;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An SDK's own HTTP layer, which no table names: Vault's {@code Rest().delete()} returning a {@code
 * RestResponse}, Trino's {@code JsonResponse.execute(..)}, Jersey 1's {@code ClientResponse}. Told
 * by values, not by the library: a status getter ({@code getStatus()}, {@code getStatusCode()},
 * {@code status()}, ...) or a public status field ({@code status}, {@code statusCode}, {@code
 * code}, ...) of a {@code ...Response} is a status read, and a call whose result is such a
 * response, whose status the code compares with HTTP statuses (see {@code Operands}), is a request
 * whose response comes back with whatever status it has. Likewise a caught exception of a type no
 * table knows, whose status getter the code compares with HTTP statuses only, is the HTTP failure
 * of the calls in the try that give a {@code ...Response} (Box's {@code BoxAPIException} around
 * {@code trySend()}). Getters, builders, parsers and converters (by their names) send nothing; nor
 * are the JDK's and the servlet API's types responses of an SDK.
 */
public final class OwnHttpWrappers {
  private OwnHttpWrappers() {}

  private static final Set<String> STATUS_GETTERS =
      Set.of(
          "getStatus",
          "status",
          "getStatusCode",
          "statusCode",
          "getResponseCode",
          "responseCode",
          "getHttpStatusCode",
          "httpStatusCode");

  /** Names of the int fields that hold a response's status. */
  private static final Set<String> STATUS_FIELDS =
      Set.of(
          "status",
          "statusCode",
          "code",
          "responseCode",
          "httpStatus",
          "httpStatusCode",
          "httpCode");

  /** Names of calls that give a response object without sending anything. */
  private static final List<String> NOT_SENDING_PREFIXES =
      List.of(
          "get",
          "is",
          "has",
          "to",
          "as",
          "build",
          "parse",
          "create",
          "new",
          "from",
          "of",
          "value",
          "map",
          "convert",
          "with",
          "read",
          "decode",
          "deserialize",
          "handle",
          "process",
          "wrap",
          "copy",
          "clone",
          "mock",
          "empty",
          "error",
          "success",
          "ok",
          "fail",
          "make",
          "set");

  private static final List<String> FOREIGN_PACKAGES =
      List.of("java.", "javax.servlet.", "jakarta.servlet.", "javax.xml.", "org.w3c.");

  /**
   * The request a call sends when its result, a {@code ...Response} of an SDK's own HTTP layer, has
   * its status compared with HTTP statuses (which the caller tells), or null: getters, builders,
   * parsers and converters by their names, and calls of the library table, send nothing here.
   */
  public static <N> @Nullable Request request(CodeView<N> view, N call) {
    return view.isCall(call)
            && sendsByName(view, call)
            && HttpClientMethods.TABLE.find(view, call, CallMeaning.class) == null
        ? requestOf(view, call)
        : null;
  }

  /** Whether a method name is one of a response's status getters. */
  public static boolean isStatusGetter(String name) {
    return STATUS_GETTERS.contains(name);
  }

  /** How a status getter of a response of an SDK's own HTTP layer reads the status, or null. */
  public static <N> @Nullable StatusRead statusRead(CodeView<N> view, N call) {
    if (!isNumberStatusGetter(view, call)) {
      return null;
    }
    N receiver = view.receiver(call);
    return receiver != null && givesResponse(view.typeOf(receiver)) ? StatusRead.INT : null;
  }

  /**
   * Whether an expression reads the status field of a response of an SDK's own HTTP layer ({@code
   * response.status}, {@code r.statusCode}): a number (or a field whose type is not known) of one
   * of the status fields' names, read on a {@code ...Response}.
   */
  public static <N> boolean readsStatusField(CodeView<N> view, N expression) {
    String name = view.simpleName(expression);
    if (name == null || !STATUS_FIELDS.contains(name)) {
      return false;
    }
    N owner = view.fieldReadOn(expression);
    String type = owner == null ? null : view.typeOf(expression);
    boolean number = type == null || type.equals("int") || type.equals("java.lang.Integer");
    return owner != null && number && givesResponse(view.typeOf(owner));
  }

  private static <N> Request requestOf(CodeView<N> view, N call) {
    List<String> thrown = view.calledThrownTypes(call);
    return new Request(
        thrown == null || thrown.isEmpty() ? List.of("java.io.IOException") : thrown, false);
  }

  /**
   * Whether a caught exception type may be an SDK's own HTTP failure: one the library tables do not
   * know ({@code HttpErrorTypes}) and that is not the JDK's. Whether it is one is told by its
   * status getter's value, which the catching code compares with HTTP statuses only (see {@code
   * Operands}).
   */
  public static boolean mayBeOwnHttpError(@Nullable String type) {
    if (type == null) {
      return false;
    }
    int generic = type.indexOf('<');
    String erased = generic < 0 ? type : type.substring(0, generic);
    for (String foreign : FOREIGN_PACKAGES) {
      if (erased.startsWith(foreign)) {
        return false;
      }
    }
    return !HttpErrorTypes.isKnown(erased);
  }

  /**
   * Whether a call is a status getter ({@code getResponseCode()}, {@code getStatusCode()}, ...)
   * that answers a number, or whose type cannot be told.
   */
  public static <N> boolean isNumberStatusGetter(CodeView<N> view, N call) {
    if (!view.isCall(call)
        || !STATUS_GETTERS.contains(view.calledName(call))
        || !view.arguments(call).isEmpty()) {
      return false;
    }
    String returned = view.calledReturnType(call);
    return returned == null || returned.equals("int") || returned.equals("java.lang.Integer");
  }

  /** Whether a type is a {@code ...Response} that may be an SDK's own HTTP response. */
  public static boolean givesResponse(@Nullable String type) {
    if (type == null) {
      return false;
    }
    int generic = type.indexOf('<');
    String erased = generic < 0 ? type : type.substring(0, generic);
    String simple = erased.substring(erased.lastIndexOf('.') + 1);
    for (String foreign : FOREIGN_PACKAGES) {
      if (erased.startsWith(foreign)) {
        return false;
      }
    }
    return simple.endsWith("Response") && !simple.startsWith("Servlet");
  }

  private static <N> boolean sendsByName(CodeView<N> view, N call) {
    String name = view.calledName(call).toLowerCase(Locale.ROOT);
    if (name.isEmpty() || STATUS_GETTERS.contains(view.calledName(call))) {
      return false;
    }
    for (String prefix : NOT_SENDING_PREFIXES) {
      if (name.startsWith(prefix)) {
        return false;
      }
    }
    return true;
  }
}
