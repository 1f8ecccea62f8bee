package dev.faultline.analysis.rules;

import dev.faultline.analysis.contract.ApiContract;
import dev.faultline.analysis.model.Anchor;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.RetryLibrary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * NonRetryableErrorRetried: a request is sent again after a response that may be a permanent error,
 * one that fails the same way every time it is re-sent unchanged.
 */
public final class NonRetryableErrorRetriedRule {
  private NonRetryableErrorRetriedRule() {}

  public static List<Finding> judge(Set<SendEvent> events, ApiContract contract) {
    Map<Anchor, IntSet[]> offending = new LinkedHashMap<>();
    Map<Anchor, RetryLibrary> libraries = new LinkedHashMap<>();
    for (SendEvent event : events) {
      PathState state = event.before();
      if (!event.resend() || !state.inspected()) {
        continue;
      }
      IntSet statuses = ResponseClassification.permanentStatuses(state, contract);
      IntSet codes = ResponseClassification.permanentErrorCodes(state, contract);
      if (statuses.isEmpty() && codes.isEmpty()) {
        continue;
      }
      if (event.library() != null) {
        libraries.put(event.anchor(), event.library());
      }
      offending.merge(
          event.anchor(),
          new IntSet[] {statuses, codes},
          (a, b) -> new IntSet[] {a[0].union(b[0]), a[1].union(b[1])});
    }
    List<Finding> findings = new ArrayList<>();
    offending.forEach(
        (anchor, sets) ->
            findings.add(
                new Finding(
                    CheckInfo.NON_RETRYABLE_ERROR_RETRIED.checkName(),
                    anchor,
                    message(sets[0], sets[1], contract, libraries.get(anchor)))));
    return findings;
  }

  private static String message(
      IntSet statuses, IntSet codes, ApiContract contract, RetryLibrary library) {
    String subject =
        library == null
            ? "This request is re-sent"
            : "This retry, configured with " + library.displayName() + ", re-sends the request";
    StringBuilder text =
        new StringBuilder(subject)
            .append(" after a response that may be ")
            .append(ResponseClassification.describe(statuses, codes, "errorCode"))
            .append(
                ": a permanent error that fails the same way every time. Re-send only rate limits and server"
                    + " errors (429, 5xx) and transport failures; surface the permanent error to the caller with its"
                    + " message");
    if (statuses.intersects(contract.credentialStatusSet())) {
      text.append("; for 401, refresh the access token before the one re-send");
    }
    if (statuses.intersects(contract.quotaStatusSet())) {
      text.append("; for 403, re-send only a quota error (it carries Retry-After) after that wait");
    }
    if (statuses.intersects(contract.inProgressStatusSet())) {
      text.append(
          "; for 409, re-send only when the error says the operation is already being executed");
    }
    if (library != null) {
      text.append(". Limit the retry with ").append(library.retryFilterHook());
    }
    return text.append('.').toString();
  }
}
