package dev.faultline.scanner.lowering;

import dev.faultline.analysis.library.HttpNames;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of the scanner's library tables, filled one library at a time ({@code OkHttpRows},
 * {@code SpringWebRows}, ...): direct supertypes, return types of methods, lambda parameter types,
 * field types, constants and the type names the scanner knows. {@link LibraryTables} answers from
 * them.
 */
final class LibraryRows {
  static final String FIC_API_PACKAGE = "it.fattureincloud.sdk.api";
  static final String FIC_API_EXCEPTION = "it.fattureincloud.sdk.ApiException";
  static final String FIC_API_CLIENT = "it.fattureincloud.sdk.ApiClient";
  static final String FIC_API_RESPONSE = "it.fattureincloud.sdk.ApiResponse";
  static final String SPRING_HTTP = "org.springframework.http.";
  static final String SPRING_CLIENT = "org.springframework.web.client.";
  static final String REST_CLIENT = SPRING_CLIENT + "RestClient";
  static final String OKHTTP = "okhttp3.";
  static final String HC5_CLASSIC = "org.apache.hc.client5.http.impl.classic.";
  static final String HC5_CORE = "org.apache.hc.core5.http.";
  static final String STRING = "java.lang.String";
  static final String INT = "int";
  static final String BOOLEAN = "boolean";

  /** Direct supertypes of library types (classes first), for the types the recognisers match on. */
  final Map<String, List<String>> supertypes = new HashMap<>();

  /**
   * Return types of library methods: {@code owner#name}, or {@code owner#*} for every other method
   * of a builder. A type may carry type arguments ({@code java.util.List<a.B>}).
   */
  final Map<String, String> returnTypes = new HashMap<>();

  /** The parameter types of a lambda given to a library method: {@code owner#name/argument}. */
  final Map<String, List<String>> lambdaParameters = new HashMap<>();

  /**
   * The parameter types of the single abstract method of a library functional interface, for a
   * lambda whose target type is that interface (a variable, a list element, a return value).
   */
  final Map<String, List<String>> functionalParameters = new HashMap<>();

  /** Types of library fields, e.g. status enum constants: {@code owner#NAME}. */
  final Map<String, String> fieldTypes = new HashMap<>();

  /** Compile-time constants of library classes, by qualified owner and field. */
  final Map<String, Object> constants = new HashMap<>();

  /** Library types the scanner knows by name (for on-demand imports). */
  final Set<String> knownTypes = new HashSet<>();

  private LibraryRows() {}

  /** Every library's rows. */
  static LibraryRows all() {
    LibraryRows rows = new LibraryRows();
    OkHttpRows.addTo(rows);
    RetrofitRows.addTo(rows);
    FatturaInCloudRows.addTo(rows);
    SpringWebRows.addTo(rows);
    ReactiveRows.addTo(rows);
    HttpClient4Rows.addTo(rows);
    HttpClient5Rows.addTo(rows);
    RetryHookRows.addTo(rows);
    LegacyRetryRows.addTo(rows);
    FeignRows.addTo(rows);
    GoogleHttpRows.addTo(rows);
    AzureStorageRows.addTo(rows);
    AwsSdkRows.addTo(rows);
    AwsSdkV2Rows.addTo(rows);
    LangChain4jRows.addTo(rows);
    JaxRsRows.addTo(rows);
    ErrorBodyRows.addTo(rows);
    ConstantRows.addTo(rows);
    rows.knownTypes.addAll(rows.supertypes.keySet());
    for (String key : rows.returnTypes.keySet()) {
      rows.knownTypes.add(key.substring(0, key.indexOf('#')));
    }
    rows.knownTypes.addAll(HttpNames.STATUS_ENUMS);
    return rows;
  }

  void supertypes(String type, String... direct) {
    supertypes.put(type, List.of(direct));
  }

  void returns(String key, String type) {
    returnTypes.put(key, type);
  }

  void lambdaParameters(String key, List<String> types) {
    lambdaParameters.put(key, types);
  }

  void functional(String type, String... parameters) {
    functionalParameters.put(type, List.of(parameters));
    knownTypes.add(type);
  }

  void fieldType(String key, String type) {
    fieldTypes.put(key, type);
  }

  void constant(String key, Object value) {
    constants.put(key, value);
  }

  void known(String... types) {
    knownTypes.addAll(List.of(types));
  }

  void knownAll(java.util.Collection<String> types) {
    knownTypes.addAll(types);
  }

  static List<String> statusEnumConstantNames() {
    return List.of(
        "CONTINUE",
        "SWITCHING_PROTOCOLS",
        "OK",
        "CREATED",
        "ACCEPTED",
        "NON_AUTHORITATIVE_INFORMATION",
        "NO_CONTENT",
        "RESET_CONTENT",
        "PARTIAL_CONTENT",
        "MULTIPLE_CHOICES",
        "MOVED_PERMANENTLY",
        "FOUND",
        "SEE_OTHER",
        "NOT_MODIFIED",
        "TEMPORARY_REDIRECT",
        "PERMANENT_REDIRECT",
        "BAD_REQUEST",
        "UNAUTHORIZED",
        "PAYMENT_REQUIRED",
        "FORBIDDEN",
        "NOT_FOUND",
        "METHOD_NOT_ALLOWED",
        "NOT_ACCEPTABLE",
        "PROXY_AUTHENTICATION_REQUIRED",
        "REQUEST_TIMEOUT",
        "CONFLICT",
        "GONE",
        "LENGTH_REQUIRED",
        "PRECONDITION_FAILED",
        "PAYLOAD_TOO_LARGE",
        "CONTENT_TOO_LARGE",
        "REQUEST_ENTITY_TOO_LARGE",
        "URI_TOO_LONG",
        "REQUEST_URI_TOO_LONG",
        "UNSUPPORTED_MEDIA_TYPE",
        "REQUESTED_RANGE_NOT_SATISFIABLE",
        "EXPECTATION_FAILED",
        "I_AM_A_TEAPOT",
        "UNPROCESSABLE_ENTITY",
        "UNPROCESSABLE_CONTENT",
        "LOCKED",
        "FAILED_DEPENDENCY",
        "TOO_EARLY",
        "UPGRADE_REQUIRED",
        "PRECONDITION_REQUIRED",
        "TOO_MANY_REQUESTS",
        "REQUEST_HEADER_FIELDS_TOO_LARGE",
        "UNAVAILABLE_FOR_LEGAL_REASONS",
        "INTERNAL_SERVER_ERROR",
        "NOT_IMPLEMENTED",
        "BAD_GATEWAY",
        "SERVICE_UNAVAILABLE",
        "GATEWAY_TIMEOUT",
        "HTTP_VERSION_NOT_SUPPORTED",
        "INSUFFICIENT_STORAGE",
        "NETWORK_AUTHENTICATION_REQUIRED");
  }
}
