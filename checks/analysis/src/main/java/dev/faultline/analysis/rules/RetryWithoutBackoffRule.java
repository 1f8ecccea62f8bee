package dev.faultline.analysis.rules;

import dev.faultline.analysis.contract.ApiContract;
import dev.faultline.analysis.library.HttpErrorTypes;
import dev.faultline.analysis.model.Anchor;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.RetryLibrary;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * RetryWithoutBackoff: a request is re-sent again and again after a failure (an error status, a
 * caught client exception, a transport failure) with no wait at all, or with the same fixed wait
 * every time, instead of a delay that grows from one attempt to the next or the one the server asks
 * for in Retry-After.
 */
public final class RetryWithoutBackoffRule {
  /**
   * The failures that may pass when the request is re-sent: no response at all, 408, 425, 429 and
   * server errors. Re-sending a permanent error is wrong however long the wait
   * (NonRetryableErrorRetried).
   */
  private static final IntSet TEMPORARY =
      HttpErrorTypes.TRANSPORT.union(IntSet.of(408, 425, 429)).union(IntSet.range(500, 599));

  /**
   * Libraries whose configured retry without a delay is the user's choice ({@code retry(3)}, {@code
   * noBackoff()}, a Failsafe policy without {@code withDelay}); the others re-send at once only
   * transport failures the library itself deems safe (OkHttp, the AWS SDKs' defaults).
   */
  private static final Set<RetryLibrary> RETRY_AT_ONCE_CONFIGURED =
      Set.of(RetryLibrary.REACTOR, RetryLibrary.SPRING_RETRY, RetryLibrary.FAILSAFE);

  /** Statuses that are no failure: the request went through. */
  private static final IntSet SUCCESSES = HttpErrorTypes.SUCCESS;

  private RetryWithoutBackoffRule() {}

  public static List<Finding> judge(Set<SendEvent> events, ApiContract contract) {
    List<SendEvent> retries =
        events.stream().filter(e -> isRetryAfterTemporaryFailure(e, contract)).toList();
    // The failures after which a re-send waits on some path to it: a path from the same failure
    // without the wait is most often one the analysis cannot rule out (the wait under
    // "if (attempt > 0)" at the top of the loop), not one the code takes.
    Map<Anchor, IntSet> waitedAfter = new HashMap<>();
    for (SendEvent event : retries) {
      if (!event.before().waits().isEmpty()) {
        waitedAfter.merge(event.anchor(), event.before().statuses(), IntSet::union);
      }
    }
    Map<Anchor, IntSet> offending = new LinkedHashMap<>();
    Map<Anchor, Boolean> isWait = new LinkedHashMap<>();
    for (SendEvent event : retries) {
      PathState state = event.before();
      IntSet statuses = state.statuses().intersect(temporary(state, contract));
      if (state.waits().isEmpty()) {
        statuses = statuses.minus(waitedAfter.getOrDefault(event.anchor(), IntSet.EMPTY));
        if (statuses.isEmpty()) {
          continue;
        }
        offending.merge(event.anchor(), statuses, IntSet::union);
        isWait.putIfAbsent(event.anchor(), false);
      } else if (state.waitsOnlyFixed()) {
        for (Anchor wait : state.waits()) {
          offending.merge(wait, statuses, IntSet::union);
          isWait.put(wait, true);
        }
      }
    }
    return offending.entrySet().stream()
        .map(
            e ->
                new Finding(
                    CheckInfo.RETRY_WITHOUT_BACKOFF.checkName(),
                    e.getKey(),
                    message(e.getValue(), isWait.get(e.getKey()))))
        .toList();
  }

  /**
   * A request sent again, attempt after attempt, after a failure that may pass, with no wait taken
   * from the server and no other reason to send it again at once.
   */
  private static boolean isRetryAfterTemporaryFailure(SendEvent event, ApiContract contract) {
    PathState state = event.before();
    return (event.library() == null
            || state.waitsOnlyFixed()
            || (state.waits().isEmpty() && RETRY_AT_ONCE_CONFIGURED.contains(event.library())))
        && event.resend()
        && event.repeated()
        && state.inspected()
        && state.statuses().intersects(temporary(state, contract))
        && !state.statuses().intersects(SUCCESSES)
        && !state.retryAfterConsulted()
        && !state.credentialsRefreshed()
        && !state.inProgressGate();
  }

  /** The temporary failures of the API: those of every API, its rate limits, and quota errors. */
  private static IntSet temporary(PathState state, ApiContract contract) {
    IntSet temporary = TEMPORARY.union(contract.retryAfterStatusSet());
    return state.quotaGate() ? temporary.union(contract.quotaStatusSet()) : temporary;
  }

  private static String message(IntSet statuses, boolean wait) {
    String what = ResponseClassification.describe(statuses, IntSet.EMPTY, "errorCode");
    String problem =
        wait
            ? "This wait is the same fixed delay before every re-send after a failure ("
                + what
                + "): the attempts keep hitting a server that is overloaded or rate limiting at the same pace"
            : "This request is re-sent at once, attempt after attempt, after a failure ("
                + what
                + "): the retries hammer a server that is overloaded or rate limiting";
    return problem
        + ". Make the delay grow from one attempt to the next: exponential back-off with a cap and jitter"
        + " (min(cap, base * 2^attempt) plus a random part); stop on permanent errors (4xx other than 408 and"
        + " 429) instead of retrying them; for 429 and 503 wait the time in the Retry-After header.";
  }
}
