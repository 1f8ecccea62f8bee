package dev.faultline.analysis.rules;

import dev.faultline.analysis.contract.ApiContract;
import dev.faultline.analysis.model.Anchor;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.RetryLibrary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * RetryAfterIgnored: after a response that may be rate limited (429, 503, a quota error, InvoiceXML
 * 4006), the code waits for a delay of its own, or sends again at once, instead of waiting for the
 * time in the Retry-After header.
 */
public final class RetryAfterIgnoredRule {
  private RetryAfterIgnoredRule() {}

  public static List<Finding> judge(Set<SendEvent> events, ApiContract contract) {
    Map<Anchor, IntSet[]> offending = new LinkedHashMap<>();
    Map<Anchor, Boolean> isWait = new LinkedHashMap<>();
    Map<Anchor, RetryLibrary> libraries = new LinkedHashMap<>();
    for (SendEvent event : events) {
      PathState state = event.before();
      if (!state.inspected() || state.retryAfterConsulted() || state.retryAfterAbsent()) {
        continue;
      }
      IntSet statuses = ResponseClassification.retryAfterStatuses(state, contract);
      IntSet codes = ResponseClassification.retryAfterErrorCodes(state, contract);
      if (statuses.isEmpty() && codes.isEmpty()) {
        continue;
      }
      if (event.library() != null) {
        merge(offending, event.anchor(), statuses, codes);
        isWait.put(event.anchor(), !state.waits().isEmpty());
        libraries.put(event.anchor(), event.library());
      } else if (!state.waits().isEmpty()) {
        for (Anchor wait : state.waits()) {
          merge(offending, wait, statuses, codes);
          isWait.put(wait, true);
        }
      } else if (event.resend()) {
        merge(offending, event.anchor(), statuses, codes);
        isWait.putIfAbsent(event.anchor(), false);
      }
    }
    return offending.entrySet().stream()
        .map(
            e ->
                new Finding(
                    CheckInfo.RETRY_AFTER_IGNORED.checkName(),
                    e.getKey(),
                    libraries.containsKey(e.getKey())
                        ? libraryMessage(
                            e.getValue()[0],
                            e.getValue()[1],
                            isWait.get(e.getKey()),
                            libraries.get(e.getKey()))
                        : message(e.getValue()[0], e.getValue()[1], isWait.get(e.getKey()))))
        .toList();
  }

  private static void merge(
      Map<Anchor, IntSet[]> offending, Anchor anchor, IntSet statuses, IntSet codes) {
    offending.merge(
        anchor,
        new IntSet[] {statuses, codes},
        (a, b) -> new IntSet[] {a[0].union(b[0]), a[1].union(b[1])});
  }

  private static String libraryMessage(
      IntSet statuses, IntSet codes, boolean wait, RetryLibrary library) {
    String what = ResponseClassification.describe(statuses, codes, "errorCode");
    String problem =
        wait
            ? "This retry, configured with "
                + library.displayName()
                + ", re-sends after a response that may be "
                + what
                + " (rate limited or over quota) with a delay of its own (a fixed delay or a back-off), not the one in"
                + " the Retry-After header"
            : "This retry, configured with "
                + library.displayName()
                + ", re-sends at once after a response that may be "
                + what
                + " (rate limited or over quota), without waiting for the Retry-After header";
    return problem
        + ". Take the delay from Retry-After (delay-seconds or an HTTP-date) with "
        + library.retryAfterHook()
        + ", falling back to the back-off only when the header is absent.";
  }

  private static String message(IntSet statuses, IntSet codes, boolean wait) {
    String what = ResponseClassification.describe(statuses, codes, "errorCode");
    String problem =
        wait
            ? "This wait runs after a response that may be "
                + what
                + " (rate limited or over quota), but its delay is not the one the Retry-After header asks for"
            : "This request is re-sent at once after a response that may be "
                + what
                + " (rate limited or over quota), without waiting for the Retry-After header";
    return problem
        + ". Read Retry-After from that response (delay-seconds or an HTTP-date) and wait at least that long"
        + " before sending again (Thread.sleep takes milliseconds: seconds times 1000); fall back to a backoff"
        + " only when the header is absent.";
  }
}
