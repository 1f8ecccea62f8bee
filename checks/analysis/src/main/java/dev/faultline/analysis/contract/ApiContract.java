package dev.faultline.analysis.contract;

import dev.faultline.analysis.model.IntSet;
import java.util.List;
import java.util.Locale;

/**
 * What one HTTP API promises about its errors: which statuses and error codes are permanent, which
 * must be waited out for the time in the Retry-After header, and which text in an error marks a
 * special case. Loaded from a JSON profile (see {@link Contracts}).
 *
 * @param permanentStatuses statuses that fail the same way when re-sent unchanged
 * @param retryAfterStatuses statuses whose wait must come from the Retry-After header
 * @param quotaStatuses permanent statuses that are temporary when they report an exhausted quota:
 *     they need the Retry-After wait then (Fatture in Cloud 403)
 * @param quotaMarkers text that marks a quota error
 * @param credentialStatuses permanent statuses that may be re-sent once the credentials were
 *     refreshed (401)
 * @param inProgressStatuses permanent statuses that may be re-sent when the error says the
 *     operation is still running (Fatture in Cloud 409 "already being executed")
 * @param inProgressMarkers text that marks such an error
 * @param permanentErrorCodes API error codes in the body that are permanent (InvoiceXML 4000-4005,
 *     4007)
 * @param retryAfterErrorCodes API error codes whose wait must come from Retry-After (InvoiceXML
 *     4006)
 * @param validationDetails where validation errors keep their details
 * @param dualFormats statuses whose error body comes in two formats
 * @param pollAgainStatuses permanent statuses that a poll may be sent again after when the error
 *     says so: the OAuth 2.0 Device Code flow's token endpoint answers 400 until the user approves
 *     the device (RFC 8628 section 3.5)
 * @param pollAgainMarkers the error codes that say so ({@code authorization_pending}, {@code
 *     slow_down}); any other ({@code access_denied}, {@code expired_token}) ends the flow
 * @param errorCodeStatuses the HTTP status each API error code comes with, where the API says
 *     (InvoiceXML 4006: 429; 4001, 4002: 400): a branch on such a code is a branch on that status
 * @param serverWaitHeaders headers of this API, besides Retry-After and the well-known ones of
 *     {@link dev.faultline.analysis.library.HttpNames#SERVER_WAIT_HEADERS}, in which the server
 *     says how long to wait before sending again (compared case-insensitively)
 */
public record ApiContract(
    String name,
    String title,
    String source,
    List<Integer> permanentStatuses,
    List<Integer> retryAfterStatuses,
    List<Integer> quotaStatuses,
    List<String> quotaMarkers,
    List<Integer> credentialStatuses,
    List<Integer> inProgressStatuses,
    List<String> inProgressMarkers,
    List<Integer> permanentErrorCodes,
    List<Integer> retryAfterErrorCodes,
    List<ValidationDetail> validationDetails,
    List<DualFormat> dualFormats,
    List<ErrorCodeStatus> errorCodeStatuses,
    List<Integer> pollAgainStatuses,
    List<String> pollAgainMarkers,
    List<String> serverWaitHeaders) {

  /** An API error code and the HTTP status it comes with. */
  public record ErrorCodeStatus(int errorCode, int status) {}

  public ApiContract {
    errorCodeStatuses = copy(errorCodeStatuses);
    pollAgainStatuses = copy(pollAgainStatuses);
    pollAgainMarkers = copy(pollAgainMarkers);
    serverWaitHeaders =
        copy(serverWaitHeaders).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
    validationDetails = copy(validationDetails);
    dualFormats = copy(dualFormats);
    permanentStatuses = copy(permanentStatuses);
    retryAfterStatuses = copy(retryAfterStatuses);
    quotaStatuses = copy(quotaStatuses);
    quotaMarkers = copy(quotaMarkers);
    credentialStatuses = copy(credentialStatuses);
    inProgressStatuses = copy(inProgressStatuses);
    inProgressMarkers = copy(inProgressMarkers);
    permanentErrorCodes = copy(permanentErrorCodes);
    retryAfterErrorCodes = copy(retryAfterErrorCodes);
  }

  private static <T> List<T> copy(List<T> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  /** The union of several contracts: what any of the APIs a client may be talking to requires. */
  public static ApiContract union(List<ApiContract> contracts) {
    return new ApiContract(
        String.join("+", contracts.stream().map(ApiContract::name).toList()),
        String.join(", ", contracts.stream().map(ApiContract::title).toList()),
        String.join(" ", contracts.stream().map(ApiContract::source).toList()),
        concat(contracts, ApiContract::permanentStatuses),
        concat(contracts, ApiContract::retryAfterStatuses),
        concat(contracts, ApiContract::quotaStatuses),
        concat(contracts, ApiContract::quotaMarkers),
        concat(contracts, ApiContract::credentialStatuses),
        concat(contracts, ApiContract::inProgressStatuses),
        concat(contracts, ApiContract::inProgressMarkers),
        concat(contracts, ApiContract::permanentErrorCodes),
        concat(contracts, ApiContract::retryAfterErrorCodes),
        concat(contracts, ApiContract::validationDetails),
        concat(contracts, ApiContract::dualFormats),
        concat(contracts, ApiContract::errorCodeStatuses),
        concat(contracts, ApiContract::pollAgainStatuses),
        concat(contracts, ApiContract::pollAgainMarkers),
        concat(contracts, ApiContract::serverWaitHeaders));
  }

  private static <T> List<T> concat(
      List<ApiContract> contracts, java.util.function.Function<ApiContract, List<T>> field) {
    return contracts.stream().flatMap(c -> field.apply(c).stream()).distinct().toList();
  }

  /**
   * The statuses a response whose error code is one of {@code codes} may have, or null when one of
   * them (or "no code", {@code 0}) comes with a status the API does not name.
   */
  public @org.jspecify.annotations.Nullable IntSet statusesOfErrorCodes(IntSet codes) {
    IntSet statuses = IntSet.EMPTY;
    for (int code : codes.stream().toArray()) {
      Integer status = null;
      for (ErrorCodeStatus known : errorCodeStatuses) {
        if (known.errorCode() == code) {
          status = known.status();
        }
      }
      if (status == null) {
        return null;
      }
      statuses = statuses.union(IntSet.of(status));
    }
    return statuses;
  }

  public IntSet permanentStatusSet() {
    return IntSet.of(permanentStatuses);
  }

  public IntSet retryAfterStatusSet() {
    return IntSet.of(retryAfterStatuses);
  }

  public IntSet quotaStatusSet() {
    return IntSet.of(quotaStatuses);
  }

  public IntSet credentialStatusSet() {
    return IntSet.of(credentialStatuses);
  }

  public IntSet pollAgainStatusSet() {
    return IntSet.of(pollAgainStatuses);
  }

  public boolean marksPollAgain(String literal) {
    return containsAny(literal, pollAgainMarkers);
  }

  public IntSet inProgressStatusSet() {
    return IntSet.of(inProgressStatuses);
  }

  public IntSet permanentErrorCodeSet() {
    return IntSet.of(permanentErrorCodes);
  }

  public IntSet retryAfterErrorCodeSet() {
    return IntSet.of(retryAfterErrorCodes);
  }

  public boolean marksQuota(String literal) {
    return containsAny(literal, quotaMarkers);
  }

  public boolean marksInProgress(String literal) {
    return containsAny(literal, inProgressMarkers);
  }

  private static boolean containsAny(String literal, List<String> markers) {
    String text = literal.toLowerCase(Locale.ROOT);
    return markers.stream().anyMatch(m -> text.contains(m.toLowerCase(Locale.ROOT)));
  }
}
