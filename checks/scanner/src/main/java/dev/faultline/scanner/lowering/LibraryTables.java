package dev.faultline.scanner.lowering;

import static dev.faultline.scanner.lowering.LibraryRows.FIC_API_CLIENT;
import static dev.faultline.scanner.lowering.LibraryRows.FIC_API_RESPONSE;
import static dev.faultline.scanner.lowering.LibraryRows.INT;
import static dev.faultline.scanner.lowering.LibraryRows.OKHTTP;

import dev.faultline.analysis.library.HttpErrorTypes;
import dev.faultline.analysis.library.HttpNames;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the scanner knows about the client libraries' names without their jars: which types exist,
 * their supertypes, what the methods that the recognisers follow return, and their constants. The
 * rows are data, one file per library ({@link LibraryRows#all}); the JDK itself is read by
 * reflection ({@link JdkTypes}); the statuses and exception types come from the analysis library
 * ({@link HttpErrorTypes}, {@link HttpNames}).
 */
final class LibraryTables {
  private LibraryTables() {}

  static final String FIC_API_PACKAGE = LibraryRows.FIC_API_PACKAGE;
  static final String FIC_API_EXCEPTION = LibraryRows.FIC_API_EXCEPTION;
  static final String FIC_API_CLIENT = LibraryRows.FIC_API_CLIENT;
  static final String FIC_API_RESPONSE = LibraryRows.FIC_API_RESPONSE;

  /**
   * The methods of the FIC SDK's {@code *Api} classes that do not send a request (they do not throw
   * ApiException).
   */
  static final Set<String> FIC_API_LOCAL_METHODS =
      Set.of(
          "getApiClient",
          "setApiClient",
          "getHostIndex",
          "setHostIndex",
          "getCustomBaseUrl",
          "setCustomBaseUrl",
          "equals",
          "hashCode",
          "toString",
          "getClass",
          "notify",
          "notifyAll",
          "wait");

  private static final LibraryRows ROWS = LibraryRows.all();

  /** Whether the scanner knows a library type of this qualified name. */
  static boolean isKnownType(String qualified) {
    if (ROWS.knownTypes.contains(qualified) || HttpErrorTypes.isKnown(qualified)) {
      return true;
    }
    // The FIC SDK's API classes: it.fattureincloud.sdk.api.ClientsApi, ...
    return packageOf(qualified).equals(FIC_API_PACKAGE) && qualified.endsWith("Api");
  }

  /**
   * The direct supertypes of a library type, when the table or the error-type catalogue knows them.
   */
  static List<String> supertypes(String type) {
    List<String> direct = ROWS.supertypes.get(type);
    if (direct != null) {
      return direct;
    }
    List<String> chain = HttpErrorTypes.typeAndSupertypes(type);
    if (chain.size() > 1) {
      return List.of(chain.get(1));
    }
    if (type.startsWith("feign.FeignException.")) {
      return List.of("feign.FeignException");
    }
    return List.of();
  }

  /** The superclass of a library class, when known. */
  static Optional<String> superclass(String type) {
    List<String> chain = HttpErrorTypes.typeAndSupertypes(type);
    if (chain.size() > 1) {
      return Optional.of(chain.get(1));
    }
    if (type.startsWith("feign.FeignException.")) {
      return Optional.of("feign.FeignException");
    }
    List<String> direct = ROWS.supertypes.get(type);
    return direct == null || direct.isEmpty() ? Optional.empty() : Optional.of(direct.get(0));
  }

  /** The return type of a library method on exactly this owner, if the table has it. */
  static Optional<String> returnType(String owner, String method, int arity) {
    String withArity = ROWS.returnTypes.get(owner + "#" + method + "/" + arity);
    if (withArity != null) {
      return Optional.of(withArity);
    }
    String exact = ROWS.returnTypes.get(owner + "#" + method);
    if (exact != null) {
      return Optional.of(exact);
    }
    if (packageOf(owner).equals(FIC_API_PACKAGE)) {
      if (method.endsWith("WithHttpInfo")) {
        return Optional.of(FIC_API_RESPONSE);
      }
      if (method.endsWith("Call") || method.endsWith("Async")) {
        return Optional.of(OKHTTP + "Call");
      }
      if (method.equals("getApiClient")) {
        return Optional.of(FIC_API_CLIENT);
      }
    }
    return Optional.ofNullable(ROWS.returnTypes.get(owner + "#*"));
  }

  /**
   * The parameter types of a lambda passed as argument {@code argument} of a library method, or
   * none.
   */
  static List<String> lambdaParameters(String owner, String method, int argument) {
    return ROWS.lambdaParameters.getOrDefault(owner + "#" + method + "/" + argument, List.of());
  }

  /**
   * The parameter types of the single abstract method of a library functional interface, or none.
   */
  static List<String> functionalParameters(String type) {
    return ROWS.functionalParameters.getOrDefault(type, List.of());
  }

  /** The type of a library field, e.g. a status enum constant. */
  static Optional<String> fieldType(String owner, String field) {
    String type = ROWS.fieldTypes.get(owner + "#" + field);
    if (type != null) {
      return Optional.of(type);
    }
    if (HttpNames.STATUS_ENUMS.contains(owner)
        && HttpNames.statusOfEnumConstant(field).isPresent()) {
      return Optional.of(owner);
    }
    return ROWS.constants.get(owner + "." + field) instanceof Integer
        ? Optional.of(INT)
        : Optional.empty();
  }

  /** Whether the library type has a static member of this name that the scanner knows. */
  static boolean hasStaticMember(String owner, String member) {
    return ROWS.constants.containsKey(owner + "." + member)
        || ROWS.fieldTypes.containsKey(owner + "#" + member)
        || (HttpNames.STATUS_ENUMS.contains(owner)
            && HttpNames.statusOfEnumConstant(member).isPresent())
        || (owner.equals("com.google.common.util.concurrent.Uninterruptibles")
            && member.equals("sleepUninterruptibly"))
        || ROWS.returnTypes.containsKey(owner + "#" + member);
  }

  /** A compile-time constant of a library class (an Integer or a String), if the table has it. */
  static Optional<Object> constant(String owner, String field) {
    return Optional.ofNullable(ROWS.constants.get(owner + "." + field));
  }

  /** The package of a qualified type name: the segments before the first capitalised one. */
  static String packageOf(String qualified) {
    int start = 0;
    int end = -1;
    while (start < qualified.length()) {
      int dot = qualified.indexOf('.', start);
      int segmentEnd = dot < 0 ? qualified.length() : dot;
      if (segmentEnd > start && Character.isUpperCase(qualified.charAt(start))) {
        break;
      }
      end = segmentEnd;
      if (dot < 0) {
        break;
      }
      start = dot + 1;
    }
    return end < 0 ? "" : qualified.substring(0, end);
  }
}
