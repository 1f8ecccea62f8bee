package dev.faultline.analysis.rules;

import dev.faultline.analysis.model.Anchor;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What is known on one path through a method about the latest response and what the code did since.
 *
 * @param statuses the statuses the latest response may have; empty before any request
 * @param inspected whether the code looked at the outcome (tested the status, caught the error)
 * @param errorCodes the API error codes the latest error body may carry ({@code 0}: none)
 * @param errorCodesTested whether the code tested the error code
 * @param retryAfterConsulted whether the wait for this response came from the Retry-After header
 * @param retryAfterAbsent whether the path is taken only when the response carries no Retry-After
 *     header: the client's own backoff is all it can do then, and a Fatture in Cloud 403 is not a
 *     quota error
 * @param retryAfterPresent whether the path is taken only when the response carries a Retry-After
 *     header: the server asked for a follow-up request after that time, so the status is not a
 *     permanent error
 * @param quotaGate whether the path is taken only for a quota error
 * @param inProgressGate whether the path is taken only for an "operation still running" error
 * @param credentialsRefreshed whether the credentials were refreshed since the latest response
 * @param sentCalls the requests sent so far on this path, by call key
 * @param waits the waits since the latest response that did not take their delay from Retry-After
 * @param bodyReads the reads of the latest response's error body, in order
 * @param rawBodyPassedOn whether the whole error body was passed on (logged, wrapped, returned)
 * @param assumptions the values this path took for unchanged boolean locals it could not read
 *     ({@link Condition.Named}), since the latest request
 * @param fixedWaits the {@code waits} whose delay is the same every time
 * @param resentCalls the requests sent at least twice so far on this path, by call key
 */
public record PathState(
    IntSet statuses,
    boolean inspected,
    IntSet errorCodes,
    boolean errorCodesTested,
    boolean retryAfterConsulted,
    boolean retryAfterAbsent,
    boolean retryAfterPresent,
    boolean quotaGate,
    boolean inProgressGate,
    boolean credentialsRefreshed,
    Set<String> sentCalls,
    Set<Anchor> waits,
    List<BodyReadRecord> bodyReads,
    boolean rawBodyPassedOn,
    Map<Anchor, Boolean> assumptions,
    Set<Anchor> fixedWaits,
    Set<String> resentCalls) {

  /** Every error code: {@code 0} for "no code in the body", then the API codes. */
  public static final IntSet ALL_ERROR_CODES = IntSet.range(0, 9999);

  public PathState {
    sentCalls = Set.copyOf(sentCalls);
    waits = Set.copyOf(waits);
    bodyReads = List.copyOf(bodyReads);
    assumptions = Map.copyOf(assumptions);
    fixedWaits = Set.copyOf(fixedWaits);
    resentCalls = Set.copyOf(resentCalls);
  }

  /**
   * Whether every wait since the latest response waits the same delay every time (and there is at
   * least one).
   */
  public boolean waitsOnlyFixed() {
    return !waits.isEmpty() && fixedWaits.equals(waits);
  }

  /**
   * One read of the error body; {@code judgedInHelper}: made by a helper that reports its own
   * reads.
   */
  public record BodyReadRecord(
      Anchor anchor, String field, Step.ReadKind kind, boolean judgedInHelper) {
    public BodyReadRecord(Anchor anchor, String field, Step.ReadKind kind) {
      this(anchor, field, kind, false);
    }
  }

  public static PathState start() {
    return new PathState(
        IntSet.EMPTY,
        false,
        ALL_ERROR_CODES,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        Set.of(),
        Set.of(),
        List.of(),
        false,
        Map.of(),
        Set.of(),
        Set.of());
  }

  PathState withStatuses(IntSet newStatuses, boolean nowInspected) {
    return new PathState(
        newStatuses,
        nowInspected,
        errorCodes,
        errorCodesTested,
        retryAfterConsulted,
        retryAfterAbsent,
        retryAfterPresent,
        quotaGate,
        inProgressGate,
        credentialsRefreshed,
        sentCalls,
        waits,
        bodyReads,
        rawBodyPassedOn,
        assumptions,
        fixedWaits,
        resentCalls);
  }

  PathState withErrorCodes(IntSet codes) {
    return new PathState(
        statuses,
        true,
        codes,
        true,
        retryAfterConsulted,
        retryAfterAbsent,
        retryAfterPresent,
        quotaGate,
        inProgressGate,
        credentialsRefreshed,
        sentCalls,
        waits,
        bodyReads,
        rawBodyPassedOn,
        assumptions,
        fixedWaits,
        resentCalls);
  }

  PathState withGates(boolean retryAfter, boolean quota, boolean inProgress, boolean refreshed) {
    return new PathState(
        statuses,
        inspected,
        errorCodes,
        errorCodesTested,
        retryAfter,
        retryAfterAbsent,
        retryAfterPresent,
        quota,
        inProgress,
        refreshed,
        sentCalls,
        waits,
        bodyReads,
        rawBodyPassedOn,
        assumptions,
        fixedWaits,
        resentCalls);
  }

  /**
   * The path is taken only when the response carries a Retry-After header: a Fatture in Cloud 403
   * is then a quota error, and the server asked for a follow-up request.
   */
  PathState withRetryAfterPresent() {
    return new PathState(
        statuses,
        inspected,
        errorCodes,
        errorCodesTested,
        retryAfterConsulted,
        false,
        true,
        true,
        inProgressGate,
        credentialsRefreshed,
        sentCalls,
        waits,
        bodyReads,
        rawBodyPassedOn,
        assumptions,
        fixedWaits,
        resentCalls);
  }

  /** The path is taken only when the response carries no Retry-After header. */
  PathState withRetryAfterAbsent() {
    return new PathState(
        statuses,
        inspected,
        errorCodes,
        errorCodesTested,
        retryAfterConsulted,
        true,
        false,
        quotaGate,
        inProgressGate,
        credentialsRefreshed,
        sentCalls,
        waits,
        bodyReads,
        rawBodyPassedOn,
        assumptions,
        fixedWaits,
        resentCalls);
  }

  PathState withWait(Anchor wait) {
    return withWait(wait, false);
  }

  /** A wait since the latest response; {@code fixed}: its delay is the same every time. */
  PathState withWait(Anchor wait, boolean fixed) {
    Set<Anchor> more = new HashSet<>(waits);
    more.add(wait);
    Set<Anchor> moreFixed = new HashSet<>(fixedWaits);
    if (fixed) {
      moreFixed.add(wait);
    }
    return new PathState(
        statuses,
        inspected,
        errorCodes,
        errorCodesTested,
        retryAfterConsulted,
        retryAfterAbsent,
        retryAfterPresent,
        quotaGate,
        inProgressGate,
        credentialsRefreshed,
        sentCalls,
        more,
        bodyReads,
        rawBodyPassedOn,
        assumptions,
        moreFixed,
        resentCalls);
  }

  PathState withBodyRead(BodyReadRecord read) {
    List<BodyReadRecord> reads = new ArrayList<>(bodyReads);
    reads.add(read);
    return new PathState(
        statuses,
        inspected,
        errorCodes,
        errorCodesTested,
        retryAfterConsulted,
        retryAfterAbsent,
        retryAfterPresent,
        quotaGate,
        inProgressGate,
        credentialsRefreshed,
        sentCalls,
        waits,
        reads,
        rawBodyPassedOn,
        assumptions,
        fixedWaits,
        resentCalls);
  }

  PathState withRawBodyPassedOn() {
    return new PathState(
        statuses,
        inspected,
        errorCodes,
        errorCodesTested,
        retryAfterConsulted,
        retryAfterAbsent,
        retryAfterPresent,
        quotaGate,
        inProgressGate,
        credentialsRefreshed,
        sentCalls,
        waits,
        bodyReads,
        true,
        assumptions,
        fixedWaits,
        resentCalls);
  }

  /**
   * A response with these statuses is in hand (a handler's parameter); nothing done with it yet.
   */
  PathState responseArrives(IntSet newStatuses, boolean nowInspected) {
    return new PathState(
        newStatuses,
        nowInspected,
        ALL_ERROR_CODES,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        sentCalls,
        Set.of(),
        List.of(),
        false,
        assumptions,
        Set.of(),
        resentCalls);
  }

  /** The state right after a new request: a new response, nothing consulted or waited for yet. */
  PathState afterRequest(String callKey, IntSet newStatuses, boolean nowInspected) {
    Set<String> sent = new HashSet<>(sentCalls);
    sent.add(callKey);
    Set<String> resent = resentCalls;
    if (sentCalls.contains(callKey) && !resentCalls.contains(callKey)) {
      resent = new HashSet<>(resentCalls);
      resent.add(callKey);
    }
    return new PathState(
        newStatuses,
        nowInspected,
        ALL_ERROR_CODES,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        sent,
        Set.of(),
        List.of(),
        false,
        Map.of(),
        Set.of(),
        resent);
  }

  /**
   * The state once the outcome of earlier work is no longer known (after a recursive call
   * returned).
   */
  PathState forgetResponse() {
    return new PathState(
        IntSet.EMPTY,
        false,
        ALL_ERROR_CODES,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        sentCalls,
        Set.of(),
        List.of(),
        false,
        Map.of(),
        Set.of(),
        resentCalls);
  }

  /** The state when a loop moves on to its next element: nothing sent for that element yet. */
  PathState nextElement() {
    return new PathState(
        statuses,
        inspected,
        errorCodes,
        errorCodesTested,
        retryAfterConsulted,
        retryAfterAbsent,
        retryAfterPresent,
        quotaGate,
        inProgressGate,
        credentialsRefreshed,
        Set.of(),
        Set.of(),
        bodyReads,
        rawBodyPassedOn,
        Map.of(),
        Set.of(),
        Set.of());
  }

  /** The path with a value taken for an unchanged boolean local it could not read. */
  PathState assuming(Anchor value, boolean holds) {
    Map<Anchor, Boolean> more = new HashMap<>(assumptions);
    more.put(value, holds);
    return new PathState(
        statuses,
        inspected,
        errorCodes,
        errorCodesTested,
        retryAfterConsulted,
        retryAfterAbsent,
        retryAfterPresent,
        quotaGate,
        inProgressGate,
        credentialsRefreshed,
        sentCalls,
        waits,
        bodyReads,
        rawBodyPassedOn,
        more,
        fixedWaits,
        resentCalls);
  }

  /** The values both paths took. */
  private Map<Anchor, Boolean> sharedAssumptions(PathState other) {
    Map<Anchor, Boolean> shared = new HashMap<>();
    assumptions.forEach(
        (value, holds) -> {
          if (holds.equals(other.assumptions.get(value))) {
            shared.put(value, holds);
          }
        });
    return shared;
  }

  /**
   * A state that over-approximates both: used only when a method has too many paths to keep apart.
   */
  PathState join(PathState other) {
    Set<String> sent = new HashSet<>(sentCalls);
    sent.addAll(other.sentCalls);
    Set<Anchor> allWaits = new HashSet<>(waits);
    allWaits.addAll(other.waits);
    Set<Anchor> bothFixed = new HashSet<>(fixedWaits);
    bothFixed.retainAll(other.fixedWaits);
    Set<String> bothResent = new HashSet<>(resentCalls);
    bothResent.retainAll(other.resentCalls);
    return new PathState(
        statuses.union(other.statuses),
        inspected || other.inspected,
        errorCodes.union(other.errorCodes),
        errorCodesTested && other.errorCodesTested,
        // Lenient on purpose: a merged path keeps an exemption that either path had, so that
        // merging never
        // creates a finding that no single path has.
        retryAfterConsulted || other.retryAfterConsulted,
        retryAfterAbsent || other.retryAfterAbsent,
        retryAfterPresent || other.retryAfterPresent,
        quotaGate || other.quotaGate,
        inProgressGate || other.inProgressGate,
        credentialsRefreshed || other.credentialsRefreshed,
        sent,
        allWaits,
        mergeReads(bodyReads, other.bodyReads),
        rawBodyPassedOn || other.rawBodyPassedOn,
        sharedAssumptions(other),
        bothFixed,
        bothResent);
  }

  private static List<BodyReadRecord> mergeReads(
      List<BodyReadRecord> left, List<BodyReadRecord> right) {
    List<BodyReadRecord> merged = new ArrayList<>(left);
    right.stream().filter(r -> !merged.contains(r)).forEach(merged::add);
    return merged;
  }
}
