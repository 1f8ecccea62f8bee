package dev.faultline.analysis.catalogue;

import dev.faultline.analysis.catalogue.CallMeaning.Request;
import dev.faultline.analysis.catalogue.CallMeaning.StatusRead;
import dev.faultline.analysis.view.CodeView;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An SDK's own HTTP layer, which no table names: Vault's {@code Rest().delete()} returning a {@code
 * RestResponse}, Trino's {@code JsonResponse.execute(..)}, Jersey 1's {@code ClientResponse}. Told
 * by the value, not the library: a call that gives a {@code ...Response} (its type, or the declared
 * type of the variable it initializes) is a request whose response comes back with whatever status
 * it has, and a status getter ({@code getStatus()}, {@code getStatusCode()}, {@code status()}, ...)
 * of a {@code ...Response} is a status read. Getters, builders, parsers and converters that give a
 * response object are not requests; nor are the JDK's and the servlet API's own types.
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
   * The request a call sends when it gives a {@code ...Response}: its own type, or the declared
   * type of the variable it initializes (a front end without the callee's type knows the
   * variable's); or null. Whether the code treats that response's status as an HTTP status is for
   * the caller to tell ({@link #testsHttpStatuses}).
   */
  public static <N> @Nullable Request requestInto(CodeView<N> view, N call, @Nullable String type) {
    return view.isCall(call)
            && (givesResponse(type) || givesResponse(view.typeOf(call)))
            && sendsByName(view, call)
            && HttpClientMethods.TABLE.find(view, call, CallMeaning.class) == null
        ? requestOf(view, call)
        : null;
  }

  /**
   * Whether a piece of code compares the statuses of such responses only with HTTP statuses
   * (100-599), at least once: a job's {@code getStatus() != DONE} (0) is no HTTP status.
   */
  public static <N> boolean testsHttpStatuses(CodeView<N> view, N code) {
    int[] seen = {0, 0};
    compared(view, code, seen);
    return seen[0] > 0 && seen[1] == 0;
  }

  private static <N> void compared(CodeView<N> view, N node, int[] seen) {
    String operator = view.binaryOperator(node);
    if (operator != null && !operator.equals("&&") && !operator.equals("||")) {
      List<? extends N> sides = view.binaryOperands(node);
      for (int i = 0; i < 2; i++) {
        N side = view.strip(sides.get(i));
        if (statusRead(view, side) != null
            && view.constantValue(view.strip(sides.get(1 - i))) instanceof Integer value) {
          seen[value >= 100 && value <= 599 ? 0 : 1]++;
        }
      }
    }
    for (N child : view.childrenOf(node)) {
      compared(view, child, seen);
    }
  }

  /** How a status getter of a response of an SDK's own HTTP layer reads the status, or null. */
  public static <N> @Nullable StatusRead statusRead(CodeView<N> view, N call) {
    if (!view.isCall(call)
        || !STATUS_GETTERS.contains(view.calledName(call))
        || !view.arguments(call).isEmpty()) {
      return null;
    }
    N receiver = view.receiver(call);
    String returned = view.calledReturnType(call);
    boolean number =
        returned == null || returned.equals("int") || returned.equals("java.lang.Integer");
    return receiver != null && number && givesResponse(view.typeOf(receiver))
        ? StatusRead.INT
        : null;
  }

  private static <N> Request requestOf(CodeView<N> view, N call) {
    List<String> thrown = view.calledThrownTypes(call);
    return new Request(
        thrown == null || thrown.isEmpty() ? List.of("java.io.IOException") : thrown, false);
  }

  private static boolean givesResponse(@Nullable String type) {
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
