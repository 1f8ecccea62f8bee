package dev.faultline.analysis.library;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Names that HTTP libraries give to statuses and to the Retry-After header. */
public final class HttpNames {
  private HttpNames() {}

  /** The header's name, compared case-insensitively. */
  public static final String RETRY_AFTER = "retry-after";

  /** Constants that hold the Retry-After header's name, by qualified owner and field. */
  public static final Set<String> RETRY_AFTER_CONSTANTS =
      Set.of(
          "org.springframework.http.HttpHeaders.RETRY_AFTER",
          "com.google.common.net.HttpHeaders.RETRY_AFTER",
          "org.apache.hc.core5.http.HttpHeaders.RETRY_AFTER",
          "org.apache.http.HttpHeaders.RETRY_AFTER",
          "jakarta.ws.rs.core.HttpHeaders.RETRY_AFTER",
          "javax.ws.rs.core.HttpHeaders.RETRY_AFTER",
          "feign.Util.RETRY_AFTER",
          "io.netty.handler.codec.http.HttpHeaderNames.RETRY_AFTER",
          "com.azure.core.http.HttpHeaderName.RETRY_AFTER",
          "io.vertx.core.http.HttpHeaders.RETRY_AFTER");

  /** Enum types whose constants are named after statuses. */
  public static final Set<String> STATUS_ENUMS =
      Set.of(
          "org.springframework.http.HttpStatus",
          "jakarta.ws.rs.core.Response.Status",
          "javax.ws.rs.core.Response.Status",
          "io.netty.handler.codec.http.HttpResponseStatus",
          "com.sun.jersey.api.client.ClientResponse.Status");

  private static final Map<String, Integer> STATUS_BY_NAME =
      Map.ofEntries(
          Map.entry("CONTINUE", 100),
          Map.entry("SWITCHING_PROTOCOLS", 101),
          Map.entry("OK", 200),
          Map.entry("CREATED", 201),
          Map.entry("ACCEPTED", 202),
          Map.entry("NON_AUTHORITATIVE_INFORMATION", 203),
          Map.entry("NO_CONTENT", 204),
          Map.entry("RESET_CONTENT", 205),
          Map.entry("PARTIAL_CONTENT", 206),
          Map.entry("MULTIPLE_CHOICES", 300),
          Map.entry("MOVED_PERMANENTLY", 301),
          Map.entry("FOUND", 302),
          Map.entry("SEE_OTHER", 303),
          Map.entry("NOT_MODIFIED", 304),
          Map.entry("TEMPORARY_REDIRECT", 307),
          Map.entry("PERMANENT_REDIRECT", 308),
          Map.entry("BAD_REQUEST", 400),
          Map.entry("UNAUTHORIZED", 401),
          Map.entry("PAYMENT_REQUIRED", 402),
          Map.entry("FORBIDDEN", 403),
          Map.entry("NOT_FOUND", 404),
          Map.entry("METHOD_NOT_ALLOWED", 405),
          Map.entry("NOT_ACCEPTABLE", 406),
          Map.entry("PROXY_AUTHENTICATION_REQUIRED", 407),
          Map.entry("REQUEST_TIMEOUT", 408),
          Map.entry("CONFLICT", 409),
          Map.entry("GONE", 410),
          Map.entry("LENGTH_REQUIRED", 411),
          Map.entry("PRECONDITION_FAILED", 412),
          Map.entry("PAYLOAD_TOO_LARGE", 413),
          Map.entry("CONTENT_TOO_LARGE", 413),
          Map.entry("REQUEST_ENTITY_TOO_LARGE", 413),
          Map.entry("URI_TOO_LONG", 414),
          Map.entry("REQUEST_URI_TOO_LONG", 414),
          Map.entry("UNSUPPORTED_MEDIA_TYPE", 415),
          Map.entry("REQUESTED_RANGE_NOT_SATISFIABLE", 416),
          Map.entry("EXPECTATION_FAILED", 417),
          Map.entry("I_AM_A_TEAPOT", 418),
          Map.entry("UNPROCESSABLE_ENTITY", 422),
          Map.entry("UNPROCESSABLE_CONTENT", 422),
          Map.entry("LOCKED", 423),
          Map.entry("FAILED_DEPENDENCY", 424),
          Map.entry("TOO_EARLY", 425),
          Map.entry("UPGRADE_REQUIRED", 426),
          Map.entry("PRECONDITION_REQUIRED", 428),
          Map.entry("TOO_MANY_REQUESTS", 429),
          Map.entry("REQUEST_HEADER_FIELDS_TOO_LARGE", 431),
          Map.entry("UNAVAILABLE_FOR_LEGAL_REASONS", 451),
          Map.entry("INTERNAL_SERVER_ERROR", 500),
          Map.entry("NOT_IMPLEMENTED", 501),
          Map.entry("BAD_GATEWAY", 502),
          Map.entry("SERVICE_UNAVAILABLE", 503),
          Map.entry("GATEWAY_TIMEOUT", 504),
          Map.entry("HTTP_VERSION_NOT_SUPPORTED", 505),
          Map.entry("INSUFFICIENT_STORAGE", 507),
          Map.entry("NETWORK_AUTHENTICATION_REQUIRED", 511));

  /**
   * The status an enum constant of a status enum stands for, e.g. {@code TOO_MANY_REQUESTS} is 429.
   */
  public static Optional<Integer> statusOfEnumConstant(String constantName) {
    return Optional.ofNullable(STATUS_BY_NAME.get(constantName));
  }

  public static boolean isRetryAfterName(String headerName) {
    return headerName.trim().toLowerCase(Locale.ROOT).equals(RETRY_AFTER);
  }

  /**
   * Headers other than Retry-After in which servers say how long to wait, compared
   * case-insensitively: {@code retry-after-ms} and {@code x-ms-retry-after-ms} (milliseconds), the
   * IETF httpapi drafts' {@code RateLimit} (its {@code t=} parameter) and {@code RateLimit-Reset},
   * and {@code X-RateLimit-Reset} (seconds, or an epoch time, by API).
   */
  public static final Set<String> SERVER_WAIT_HEADERS =
      Set.of(
          "retry-after-ms",
          "x-ms-retry-after-ms",
          "ratelimit",
          "ratelimit-reset",
          "x-ratelimit-reset");

  /** Whether a header gives its wait in milliseconds ({@code retry-after-ms}, {@code x-ms-...}). */
  public static boolean isMillisecondWaitName(String headerName) {
    String name = headerName.trim().toLowerCase(Locale.ROOT);
    return name.equals("retry-after-ms") || name.equals("x-ms-retry-after-ms");
  }

  /**
   * Whether a header tells how long to wait before sending again: Retry-After, or one of {@link
   * #SERVER_WAIT_HEADERS}. A wait taken from any of them honours the server's wait.
   */
  public static boolean isServerWaitName(String headerName) {
    String name = headerName.trim().toLowerCase(Locale.ROOT);
    return name.equals(RETRY_AFTER) || SERVER_WAIT_HEADERS.contains(name);
  }

  /**
   * Whether a method name says it obtains new credentials: {@code refreshToken}, {@code
   * reauthenticate}, {@code renewAccessToken}, {@code fetchNewToken}, {@code
   * generateNewTokenIfNecessary}, {@code login}.
   */
  public static boolean namesCredentialRefresh(String methodName) {
    String name = methodName.toLowerCase(Locale.ROOT);
    boolean aboutCredentials =
        name.contains("token")
            || name.contains("credential")
            || name.contains("auth")
            || name.contains("session");
    boolean obtains =
        name.startsWith("fetch")
            || name.startsWith("obtain")
            || name.startsWith("request")
            || name.startsWith("acquire")
            || name.startsWith("new")
            || name.startsWith("renew")
            || name.startsWith("generate");
    return (name.contains("refresh") && (aboutCredentials || name.equals("refresh")))
        || name.startsWith("reauth")
        || name.equals("login")
        || name.equals("authenticate")
        || (obtains && name.contains("token"));
  }

  /**
   * Whether a method name says the call waits between attempts: {@code sleepQuietly}, {@code
   * pauseBeforeRetry}, {@code waitBackoff}, {@code backOff}, {@code doBackoff}, {@code
   * waitBeforeRetry}, {@code waitRetryDelay}. Names that compute or configure a back-off ({@code
   * nextBackoff}, {@code withBackoff}, {@code getBackoffMillis}) are no waits.
   */
  public static boolean namesWait(String methodName) {
    String name = methodName.toLowerCase(Locale.ROOT);
    if (name.startsWith("sleep") || name.startsWith("pause")) {
      return true;
    }
    if (name.contains("backoff")) {
      return name.startsWith("backoff")
          || name.startsWith("wait")
          || name.startsWith("do")
          || name.startsWith("apply")
          || name.startsWith("perform");
    }
    return name.startsWith("wait")
        && (name.contains("delay")
            || name.contains("retry")
            || name.contains("interval")
            || name.contains("before")
            || name.contains("between"));
  }
}
