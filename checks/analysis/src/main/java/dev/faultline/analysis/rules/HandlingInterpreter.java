package dev.faultline.analysis.rules;

import dev.faultline.analysis.contract.ApiContract;
import dev.faultline.analysis.library.HttpErrorTypes;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.DelayGrowth;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs a lowered method over sets of {@link PathState}s, one per path, and records every request
 * that is sent after an earlier response: the events the rules judge.
 */
public final class HandlingInterpreter {
  private static final int MAX_LOOP_ROUNDS = 6;
  private static final int MAX_PATHS = 256;
  private static final String UNLABELED = "";

  private final ApiContract contract;
  private final Set<SendEvent> events = new LinkedHashSet<>();
  private final Set<PathState> handlerEnds = new LinkedHashSet<>();
  private final List<Step.SlowDownIgnored> slowDownIgnored = new ArrayList<>();
  private final List<Step.RetryAfterReadAsNumber> retryAfterReadsAsNumber = new ArrayList<>();

  /** For each loop being run, innermost first: whether it runs at most two rounds. */
  private final java.util.Deque<Boolean> roundLimits = new java.util.ArrayDeque<>();

  private HandlingInterpreter(ApiContract contract) {
    this.contract = contract;
  }

  /** The send events of one method body. */
  public static Set<SendEvent> sendEvents(Step body, ApiContract contract) {
    return run(body, contract).sends();
  }

  /**
   * What happens in one method body.
   *
   * @param sends every request sent again, or after a wait
   * @param handlerEnds the state of every path where the handling of a response ends: a return, a
   *     throw, the end of the method, or the next request
   * @param retryAfterReadsAsNumber the reads of Retry-After only as a number
   */
  public record Events(
      Set<SendEvent> sends,
      Set<PathState> handlerEnds,
      List<Step.SlowDownIgnored> slowDownIgnored,
      List<Step.RetryAfterReadAsNumber> retryAfterReadsAsNumber) {
    public Events {
      slowDownIgnored = List.copyOf(slowDownIgnored);
      retryAfterReadsAsNumber = List.copyOf(retryAfterReadsAsNumber);
    }
  }

  public static Events run(Step body, ApiContract contract) {
    HandlingInterpreter interpreter = new HandlingInterpreter(contract);
    Flow flow = interpreter.exec(body, Set.of(PathState.start()));
    interpreter.handlerEnds.addAll(flow.normal);
    flow.thrown.forEach(t -> interpreter.handlerEnds.add(t.state()));
    flow.breaks.values().forEach(interpreter.handlerEnds::addAll);
    flow.continues.values().forEach(interpreter.handlerEnds::addAll);
    return new Events(
        interpreter.events,
        interpreter.handlerEnds,
        interpreter.slowDownIgnored,
        interpreter.retryAfterReadsAsNumber);
  }

  private record Thrown(List<String> types, PathState state) {}

  /** The ways control leaves a step. */
  private static final class Flow {
    final Set<PathState> normal = new LinkedHashSet<>();
    final Map<String, Set<PathState>> breaks = new HashMap<>();
    final Map<String, Set<PathState>> continues = new HashMap<>();
    final List<Thrown> thrown = new ArrayList<>();

    void absorbAbrupt(Flow other) {
      other.breaks.forEach(
          (label, states) ->
              breaks.computeIfAbsent(label, k -> new LinkedHashSet<>()).addAll(states));
      other.continues.forEach(
          (label, states) ->
              continues.computeIfAbsent(label, k -> new LinkedHashSet<>()).addAll(states));
      thrown.addAll(other.thrown);
    }

    void absorb(Flow other) {
      normal.addAll(other.normal);
      absorbAbrupt(other);
    }
  }

  private Flow exec(Step step, Set<PathState> in) {
    Flow flow = new Flow();
    if (in.isEmpty()) {
      return flow;
    }
    if (step instanceof Step.Block block) {
      Set<PathState> current = in;
      for (Step inner : block.steps()) {
        Flow innerFlow = exec(inner, current);
        flow.absorbAbrupt(innerFlow);
        current = bounded(innerFlow.normal);
        if (current.isEmpty()) {
          break;
        }
      }
      flow.normal.addAll(current);
    } else if (step instanceof Step.Branch branch && isGuardedWait(branch)) {
      // if (delay > 0) sleep(delay), if (attempt > 0) sleep(..): a guard that cannot be read
      // decides only whether there is anything to wait for, so the wait is what happens.
      flow.absorb(exec(branch.then(), in));
    } else if (step instanceof Step.Branch branch) {
      flow.absorb(exec(branch.then(), refine(in, branch.condition(), true)));
      flow.absorb(exec(branch.otherwise(), refine(in, branch.condition(), false)));
    } else if (step instanceof Step.Loop loop) {
      roundLimits.push(loop.maxRounds() > 0 && loop.maxRounds() <= 2);
      try {
        execLoop(loop, in, flow);
      } finally {
        roundLimits.pop();
      }
    } else if (step instanceof Step.TryCatch tryCatch) {
      execTry(tryCatch, in, flow);
    } else if (step instanceof Step.Request request) {
      execRequest(request, in, flow);
    } else if (step instanceof Step.Wait wait) {
      for (PathState state : in) {
        flow.normal.add(
            wait.delayFromRetryAfter()
                ? state.withGates(
                    true, state.quotaGate(), state.inProgressGate(), state.credentialsRefreshed())
                : state.withWait(wait.anchor(), wait.growth() == DelayGrowth.FIXED));
      }
    } else if (step instanceof Step.ResponseArrives arrives) {
      for (PathState state : in) {
        handlerEnds.add(state);
        flow.normal.add(state.responseArrives(arrives.statuses(), arrives.inspected()));
      }
    } else if (step instanceof Step.BodyRead read) {
      for (PathState state : in) {
        flow.normal.add(
            state.withBodyRead(
                new PathState.BodyReadRecord(
                    read.anchor(), read.field(), read.kind(), read.judgedInHelper())));
      }
    } else if (step instanceof Step.RawBodyPassOn) {
      for (PathState state : in) {
        flow.normal.add(state.withRawBodyPassedOn());
      }
    } else if (step instanceof Step.LibraryRetry retry) {
      execLibraryRetry(retry, in, flow);
    } else if (step instanceof Step.RefreshCredentials) {
      for (PathState state : in) {
        flow.normal.add(
            state.withGates(
                state.retryAfterConsulted(), state.quotaGate(), state.inProgressGate(), true));
      }
    } else if (step instanceof Step.SelfCall selfCall) {
      for (PathState state : in) {
        events.add(new SendEvent(selfCall.anchor(), state, true, null, true));
        handlerEnds.add(state);
        flow.normal.add(state.forgetResponse());
      }
    } else if (step instanceof Step.Throw thrown) {
      for (PathState state : in) {
        flow.thrown.add(new Thrown(thrown.typeAndSupertypes(), state));
      }
    } else if (step instanceof Step.Break jump) {
      flow.breaks.computeIfAbsent(labelOf(jump.label()), k -> new LinkedHashSet<>()).addAll(in);
    } else if (step instanceof Step.Continue jump) {
      flow.continues.computeIfAbsent(labelOf(jump.label()), k -> new LinkedHashSet<>()).addAll(in);
    } else if (step instanceof Step.Labeled labeled) {
      Flow body = exec(labeled.body(), in);
      Set<PathState> leaving = body.breaks.remove(labeled.label());
      flow.absorb(body);
      if (leaving != null) {
        flow.normal.addAll(leaving);
      }
    } else if (step instanceof Step.SlowDownIgnored poll) {
      slowDownIgnored.add(poll);
      flow.normal.addAll(in);
    } else if (step instanceof Step.RetryAfterReadAsNumber read) {
      if (!retryAfterReadsAsNumber.contains(read)) {
        retryAfterReadsAsNumber.add(read);
      }
      flow.normal.addAll(in);
    } else if (step instanceof Step.Return) {
      // Leaves the method: nothing after it on this path.
      handlerEnds.addAll(in);
    } else {
      throw new IllegalArgumentException("unknown step " + step);
    }
    return flow;
  }

  private static String labelOf(String label) {
    return label == null ? UNLABELED : label;
  }

  private void execRequest(Step.Request request, Set<PathState> in, Flow flow) {
    for (PathState state : in) {
      handlerEnds.add(state);
      boolean resend = state.sentCalls().contains(request.callKey());
      if (resend || !state.waits().isEmpty()) {
        boolean repeated =
            state.resentCalls().contains(request.callKey())
                && !Boolean.TRUE.equals(roundLimits.peek());
        events.add(new SendEvent(request.anchor(), state, resend, null, repeated));
      }
      PathState success =
          request.throwsOnHttpError()
              ? state.afterRequest(request.callKey(), HttpErrorTypes.SUCCESS, true)
              : state.afterRequest(request.callKey(), HttpErrorTypes.ANY_HTTP_STATUS, false);
      flow.normal.add(success);
      for (String type : request.thrownTypes()) {
        IntSet statuses = HttpErrorTypes.statuses(type).orElse(HttpErrorTypes.ANY_FAILURE);
        flow.thrown.add(
            new Thrown(
                HttpErrorTypes.typeAndSupertypes(type),
                state.afterRequest(request.callKey(), statuses, true)));
      }
    }
  }

  /**
   * A configured library retry does not change the path it is configured on; it records the re-send
   * the library makes for every failure that its configuration retries.
   */
  private void execLibraryRetry(Step.LibraryRetry retry, Set<PathState> in, Flow flow) {
    flow.normal.addAll(in);
    if (retry.statuses().isEmpty()) {
      return;
    }
    PathState failed = PathState.start().responseArrives(retry.statuses(), true);
    for (PathState state : refine(Set.of(failed), retry.retriedWhen(), true)) {
      PathState waited =
          switch (retry.delay()) {
            case NONE -> state;
            case OWN -> state.withWait(retry.anchor());
            case FIXED -> state.withWait(retry.anchor(), true);
            case RETRY_AFTER ->
                state.withGates(
                    true, state.quotaGate(), state.inProgressGate(), state.credentialsRefreshed());
          };
      if (retry.refreshesCredentials()) {
        waited =
            waited.withGates(
                waited.retryAfterConsulted(), waited.quotaGate(), waited.inProgressGate(), true);
      }
      if (!waited.statuses().isEmpty()) {
        // A library re-sends up to its maximum number of attempts (three by default in all of
        // them).
        events.add(new SendEvent(retry.anchor(), waited, true, retry.library(), true));
      }
    }
  }

  private void execLoop(Step.Loop loop, Set<PathState> in, Flow flow) {
    String ownLabel = loop.label();
    Condition condition = loop.condition();
    Set<PathState> tested = loop.testedFirst() ? tested(loop, in, flow) : new LinkedHashSet<>(in);
    Set<PathState> entry =
        loop.testedFirst() && condition != null
            ? refine(tested, condition, true)
            : new LinkedHashSet<>(tested);
    if (loop.testedFirst() && condition != null) {
      flow.normal.addAll(refine(tested, condition, false));
    }
    Set<PathState> seen = new LinkedHashSet<>(entry);
    boolean bodySends = sends(loop.body());
    for (int round = 0; round < MAX_LOOP_ROUNDS && !entry.isEmpty(); round++) {
      Flow body = exec(loop.body(), entry);
      Set<PathState> back = new LinkedHashSet<>(body.normal);
      takeOwn(body.continues, ownLabel, back);
      takeOwn(body.breaks, ownLabel, flow.normal);
      flow.absorbAbrupt(body);
      back = tested(loop, back, flow);
      if (condition != null) {
        flow.normal.addAll(refine(back, condition, false));
        back = refine(back, condition, true);
      }
      if (loop.kind() == Step.LoopKind.ITERATION) {
        Set<PathState> next = new LinkedHashSet<>();
        for (PathState state : back) {
          if (bodySends && !state.waits().isEmpty()) {
            // The wait is followed by the request for the next element.
            events.add(new SendEvent(firstRequestAnchor(loop.body()), state, false));
          }
          next.add(state.nextElement());
        }
        back = next;
      }
      Set<PathState> fresh = new LinkedHashSet<>(back);
      fresh.removeAll(seen);
      seen.addAll(fresh);
      entry = bounded(fresh);
    }
  }

  /**
   * The states after the loop's condition is evaluated once more (its calls may send or wait: a
   * back-off helper called in the condition waits before the re-send); what the evaluation throws
   * leaves the loop.
   */
  private Set<PathState> tested(Step.Loop loop, Set<PathState> in, Flow flow) {
    if (loop.test().equals(Step.NOTHING) || in.isEmpty()) {
      return new LinkedHashSet<>(in);
    }
    Flow test = exec(loop.test(), in);
    flow.absorbAbrupt(test);
    return new LinkedHashSet<>(test.normal);
  }

  /** A wait and nothing else, under a guard that cannot be read, with nothing done otherwise. */
  private static boolean isGuardedWait(Step.Branch branch) {
    return branch.condition() instanceof Condition.Unknown
        && waitsIn(branch.then()) > 0
        && branch.otherwise() instanceof Step.Block otherwise
        && otherwise.steps().isEmpty();
  }

  /**
   * How many waits a step of nothing but waits holds (a try that only catches the interrupt
   * included); -1 when it does anything else.
   */
  private static int waitsIn(Step step) {
    if (step instanceof Step.Wait) {
      return 1;
    }
    if (step instanceof Step.TryCatch guarded) {
      return guarded.finallyBlock() == null ? waitsIn(guarded.body()) : -1;
    }
    if (!(step instanceof Step.Block block)) {
      return -1;
    }
    int waits = 0;
    for (Step inner : block.steps()) {
      int own = waitsIn(inner);
      if (own < 0) {
        return -1;
      }
      waits += own;
    }
    return waits;
  }

  private static void takeOwn(
      Map<String, Set<PathState>> jumps, String ownLabel, Set<PathState> into) {
    Set<PathState> unlabeled = jumps.remove(UNLABELED);
    if (unlabeled != null) {
      into.addAll(unlabeled);
    }
    if (ownLabel != null) {
      Set<PathState> labeled = jumps.remove(ownLabel);
      if (labeled != null) {
        into.addAll(labeled);
      }
    }
  }

  private void execTry(Step.TryCatch tryCatch, Set<PathState> in, Flow flow) {
    Flow body = exec(tryCatch.body(), in);
    Flow afterCatches = new Flow();
    afterCatches.normal.addAll(body.normal);
    afterCatches.breaks.putAll(body.breaks);
    afterCatches.continues.putAll(body.continues);
    List<Thrown> pending = body.thrown;
    for (Step.Catch clause : tryCatch.catches()) {
      Set<PathState> caught = new LinkedHashSet<>();
      List<Thrown> uncaught = new ArrayList<>();
      for (Thrown thrown : pending) {
        catchInto(clause, thrown, caught, uncaught);
      }
      pending = uncaught;
      afterCatches.absorb(exec(clause.body(), caught));
    }
    afterCatches.thrown.addAll(pending);
    if (tryCatch.finallyBlock() != null) {
      flow.absorb(throughFinally(tryCatch.finallyBlock(), afterCatches));
    } else {
      flow.absorb(afterCatches);
    }
  }

  /**
   * Runs the finally block on every way of leaving the try: completing normally, break, continue
   * and a thrown exception. A jump or exception goes on after the finally block completes normally;
   * one that the finally block raises itself replaces it.
   */
  private Flow throughFinally(Step finallyBlock, Flow leaving) {
    Flow out = new Flow();
    out.absorb(exec(finallyBlock, leaving.normal));
    leaving.breaks.forEach(
        (label, states) -> {
          Flow finallyFlow = exec(finallyBlock, states);
          out.breaks.computeIfAbsent(label, k -> new LinkedHashSet<>()).addAll(finallyFlow.normal);
          out.absorbAbrupt(finallyFlow);
        });
    leaving.continues.forEach(
        (label, states) -> {
          Flow finallyFlow = exec(finallyBlock, states);
          out.continues
              .computeIfAbsent(label, k -> new LinkedHashSet<>())
              .addAll(finallyFlow.normal);
          out.absorbAbrupt(finallyFlow);
        });
    for (Thrown thrown : leaving.thrown) {
      Flow finallyFlow = exec(finallyBlock, Set.of(thrown.state()));
      finallyFlow.normal.forEach(state -> out.thrown.add(new Thrown(thrown.types(), state)));
      out.absorbAbrupt(finallyFlow);
    }
    return out;
  }

  /** Splits one thrown exception into the part the clause catches and the part that goes on. */
  private static void catchInto(
      Step.Catch clause, Thrown thrown, Set<PathState> caught, List<Thrown> uncaught) {
    PathState state = thrown.state();
    for (String type : clause.exceptionTypes()) {
      if (thrown.types().contains(type)) {
        caught.add(state.withStatuses(state.statuses(), true));
        return;
      }
    }
    // A catch of a subtype of the thrown type catches the statuses that subtype stands for.
    IntSet rest = state.statuses();
    for (String type : clause.exceptionTypes()) {
      Optional<IntSet> statuses = HttpErrorTypes.statuses(type);
      if (statuses.isPresent()
          && !thrown.types().isEmpty()
          && HttpErrorTypes.isSubtype(type, thrown.types().get(0))) {
        IntSet part = rest.intersect(statuses.get());
        if (!part.isEmpty()) {
          caught.add(state.withStatuses(part, true));
          rest = rest.minus(part);
        }
      }
    }
    if (!rest.isEmpty()) {
      uncaught.add(new Thrown(thrown.types(), state.withStatuses(rest, state.inspected())));
    }
  }

  private Set<PathState> refine(Set<PathState> in, Condition condition, boolean outcome) {
    Set<PathState> out = new LinkedHashSet<>();
    for (PathState state : in) {
      refineInto(state, condition, outcome, out);
    }
    return bounded(out);
  }

  private void refineInto(
      PathState state, Condition condition, boolean outcome, Set<PathState> out) {
    if (condition instanceof Condition.StatusIn test) {
      if (state.statuses().isEmpty()) {
        out.add(state); // no response yet on this path: the test is about something else
        return;
      }
      IntSet statuses =
          outcome
              ? state.statuses().intersect(test.statuses())
              : state.statuses().minus(test.statuses());
      // Whether a response came at all (e instanceof ConnectException) is no look at its status.
      boolean looked = state.inspected() || !HttpErrorTypes.TRANSPORT.containsAll(test.statuses());
      if (!statuses.isEmpty()) {
        out.add(state.withStatuses(statuses, looked));
      }
    } else if (condition instanceof Condition.ErrorCodeIn test) {
      IntSet codes =
          outcome
              ? state.errorCodes().intersect(test.codes())
              : state.errorCodes().minus(test.codes());
      if (codes.isEmpty()) {
        return;
      }
      // A code the API names the status of (InvoiceXML 4006: 429) is a branch on that status too,
      // whatever the code did or did not test about the status; a path where the two disagree is
      // not taken.
      IntSet implied = outcome ? contract.statusesOfErrorCodes(codes) : null;
      if (implied != null && !state.statuses().isEmpty()) {
        IntSet statuses = state.statuses().intersect(implied);
        if (!statuses.isEmpty()) {
          out.add(state.withErrorCodes(codes).withStatuses(statuses, true));
        }
        return;
      }
      out.add(state.withErrorCodes(codes));
    } else if (condition instanceof Condition.RetryAfterPresent) {
      // With the header, a 403 is a quota error and the wait must come from the header; without it,
      // the
      // client's own backoff is all it can do, and a 403 is a permanent error.
      // A path already known to have the header (or not to have it) cannot take the other side.
      if (outcome ? state.retryAfterAbsent() : state.retryAfterPresent()) {
        return;
      }
      out.add(outcome ? state.withRetryAfterPresent() : state.withRetryAfterAbsent());
    } else if (condition instanceof Condition.TextMatch match) {
      if (outcome) {
        boolean quota = match.literals().stream().anyMatch(contract::marksQuota);
        boolean inProgress = match.literals().stream().anyMatch(contract::marksInProgress);
        boolean pollAgain = match.literals().stream().anyMatch(contract::marksPollAgain);
        // The text names the error ("already being executed", "authorization_pending"): the status
        // is the one such an error comes with.
        PathState narrowed = state;
        if ((inProgress || pollAgain) && !quota && !state.statuses().isEmpty()) {
          IntSet named =
              (inProgress ? contract.inProgressStatusSet() : IntSet.EMPTY)
                  .union(pollAgain ? contract.pollAgainStatusSet() : IntSet.EMPTY);
          IntSet statuses = state.statuses().intersect(named);
          if (statuses.isEmpty()) {
            return;
          }
          narrowed = state.withStatuses(statuses, true);
        }
        out.add(
            narrowed.withGates(
                state.retryAfterConsulted(),
                state.quotaGate() || quota,
                state.inProgressGate() || inProgress || pollAgain,
                state.credentialsRefreshed()));
      } else {
        out.add(state);
      }
    } else if (condition instanceof Condition.Named named) {
      Boolean taken = state.assumptions().get(named.value());
      if (taken == null) {
        out.add(state.assuming(named.value(), outcome));
      } else if (taken == outcome) {
        out.add(state); // the other way was taken earlier on this path: not feasible
      }
    } else if (condition instanceof Condition.Constant constant) {
      if (constant.value() == outcome) {
        out.add(state);
      }
    } else if (condition instanceof Condition.Not not) {
      refineInto(state, not.operand(), !outcome, out);
    } else if (condition instanceof Condition.And and) {
      Set<PathState> leftTrue = new LinkedHashSet<>();
      refineInto(state, and.left(), true, leftTrue);
      if (outcome) {
        for (PathState left : leftTrue) {
          refineInto(left, and.right(), true, out);
        }
      } else {
        refineInto(state, and.left(), false, out);
        for (PathState left : leftTrue) {
          refineInto(left, and.right(), false, out);
        }
      }
    } else if (condition instanceof Condition.Or or) {
      Set<PathState> leftFalse = new LinkedHashSet<>();
      refineInto(state, or.left(), false, leftFalse);
      if (outcome) {
        refineInto(state, or.left(), true, out);
        for (PathState left : leftFalse) {
          refineInto(left, or.right(), true, out);
        }
      } else {
        for (PathState left : leftFalse) {
          refineInto(left, or.right(), false, out);
        }
      }
    } else {
      out.add(state);
    }
  }

  /** Keeps path sets small: past the limit all paths are merged into one. */
  private static Set<PathState> bounded(Set<PathState> states) {
    if (states.size() <= MAX_PATHS) {
      return states;
    }
    PathState merged = null;
    for (PathState state : states) {
      merged = merged == null ? state : merged.join(state);
    }
    return Set.of(merged);
  }

  private static boolean sends(Step step) {
    return firstRequestAnchorOrNull(step) != null;
  }

  private static dev.faultline.analysis.model.Anchor firstRequestAnchor(Step step) {
    return firstRequestAnchorOrNull(step);
  }

  private static dev.faultline.analysis.model.Anchor firstRequestAnchorOrNull(Step step) {
    if (step instanceof Step.Request request) {
      return request.anchor();
    }
    if (step instanceof Step.SelfCall call) {
      return call.anchor();
    }
    List<Step> children = Step.children(step);
    for (Step child : children) {
      dev.faultline.analysis.model.Anchor anchor = firstRequestAnchorOrNull(child);
      if (anchor != null) {
        return anchor;
      }
    }
    return null;
  }
}
