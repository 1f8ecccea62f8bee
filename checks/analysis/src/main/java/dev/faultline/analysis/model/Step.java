package dev.faultline.analysis.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One statement of a method's error handling, lowered from source by a front end. Only what matters
 * for error handling is kept: requests, status tests, waits, re-sends and the control flow between
 * them.
 */
public sealed interface Step {

  /** Statements executed in order. */
  record Block(List<Step> steps) implements Step {
    public Block {
      steps = List.copyOf(steps);
    }
  }

  /** {@code if (condition) then else otherwise}; also switch arms and conditional expressions. */
  record Branch(Condition condition, Step then, Step otherwise) implements Step {}

  /**
   * A loop. A {@link LoopKind#RETRY} loop runs the same work again ({@code while}, {@code do},
   * counted {@code for}); an {@link LoopKind#ITERATION} loop moves on to the next element of a
   * collection.
   *
   * @param condition the loop condition, {@link Condition.Unknown} when absent or unrelated; {@code
   *     null} when the loop can only be left by break, return or throw ({@code while (true)})
   * @param testedFirst true for while and for, false for do-while
   * @param test what evaluating the condition does, each time it is evaluated (the requests and
   *     waits of the calls in it: {@code while (attempt++ < max && backoffSleep(attempt))} waits
   *     before each re-send)
   * @param maxRounds how many times at most the body runs, as its condition bounds a counter
   *     started at a constant ({@code for (int i = 0; i < 2; i++)}); 0 when not known
   */
  record Loop(
      LoopKind kind,
      @Nullable Condition condition,
      boolean testedFirst,
      Step body,
      @Nullable String label,
      Step test,
      int maxRounds)
      implements Step {

    /** A loop whose number of rounds is not known. */
    public Loop(
        LoopKind kind,
        @Nullable Condition condition,
        boolean testedFirst,
        Step body,
        @Nullable String label,
        Step test) {
      this(kind, condition, testedFirst, body, label, test, 0);
    }

    /** A loop whose condition does nothing but test. */
    public Loop(
        LoopKind kind,
        @Nullable Condition condition,
        boolean testedFirst,
        Step body,
        @Nullable String label) {
      this(kind, condition, testedFirst, body, label, NOTHING);
    }
  }

  enum LoopKind {
    RETRY,
    ITERATION
  }

  /** try / catch / finally. Each catch lists the exception types it catches, qualified. */
  record TryCatch(Step body, List<Catch> catches, @Nullable Step finallyBlock) implements Step {
    public TryCatch {
      catches = List.copyOf(catches);
    }
  }

  record Catch(List<String> exceptionTypes, Step body) {
    public Catch {
      exceptionTypes = List.copyOf(exceptionTypes);
    }
  }

  /**
   * An HTTP request.
   *
   * @param callKey identifies the call: the same key again on a path is the same request re-sent
   * @param thrownTypes the exception types the call throws for failures, qualified (see {@code
   *     HttpErrorTypes})
   * @param throwsOnHttpError true when an HTTP error status arrives as an exception (FIC SDK,
   *     RestTemplate), false when the caller gets a response object with any status (java.net.http,
   *     OkHttp)
   */
  record Request(Anchor anchor, String callKey, List<String> thrownTypes, boolean throwsOnHttpError)
      implements Step {
    public Request {
      thrownTypes = List.copyOf(thrownTypes);
    }
  }

  /**
   * A response whose status is one of {@code statuses} is in hand without a request on this path:
   * the method is a handler that receives the error (a caught exception passed in, a client's
   * status handler).
   *
   * @param inspected whether the statuses were already tested (an exception type, a status
   *     handler's predicate)
   */
  record ResponseArrives(IntSet statuses, boolean inspected) implements Step {}

  /**
   * A read of a field of the latest response's error body, by its JSON path with dots ({@code
   * error.message}, {@code error_description}, {@code errors}); DTO getters read the field they are
   * named after.
   *
   * @param judgedInHelper whether the read is made by a same-class helper that is judged on its own
   *     (it is handed the failure): the read counts where the helper is called, but a finding it
   *     carries is the helper's, not the call's
   */
  record BodyRead(Anchor anchor, String field, ReadKind kind, boolean judgedInHelper)
      implements Step {
    public BodyRead(Anchor anchor, String field, ReadKind kind) {
      this(anchor, field, kind, false);
    }
  }

  enum ReadKind {
    /** Moves to the field to read something below it. */
    NAVIGATE,
    /** Takes the field's value (as text, a number, a list). */
    VALUE,
    /** Asks whether the field is there. */
    PRESENCE,
    /** Asks for the field's JSON type (object, string). */
    TYPE_CHECK
  }

  /**
   * The whole error body (or the exception that carries it) is passed on: logged, wrapped,
   * returned, thrown.
   */
  record RawBodyPassOn(Anchor anchor) implements Step {}

  /**
   * A read of the Retry-After header only as a number of seconds, with no branch for the HTTP-date
   * form (RFC 9110 section 10.2.3).
   *
   * @param parse what reads it, as written ({@code Long.parseLong}, {@code getHeaderFieldInt})
   */
  record RetryAfterReadAsNumber(Anchor anchor, String parse) implements Step {}

  /**
   * A wait: a sleep, or a delayed schedule.
   *
   * @param growth how its delay changes from one attempt to the next
   */
  record Wait(Anchor anchor, boolean delayFromRetryAfter, DelayGrowth growth) implements Step {
    /** A wait whose delay is not known to stay the same. */
    public Wait(Anchor anchor, boolean delayFromRetryAfter) {
      this(anchor, delayFromRetryAfter, DelayGrowth.UNKNOWN);
    }
  }

  /**
   * A retry that a library performs once configured: the configuration (a builder chain, an
   * annotation, a strategy class) is the anchor, and it stands for "a failure of the retried work
   * arrives, and when {@code retriedWhen} holds, the library waits as {@code delay} says and
   * re-sends".
   *
   * @param statuses the statuses of the failures that reach the retry decision: those of the
   *     exception types it retries, minus those it excludes; {@link
   *     dev.faultline.analysis.library.HttpErrorTypes#ANY_HTTP_STATUS} for a predicate over
   *     responses
   * @param retriedWhen the configured predicate over that failure ({@link Condition#TRUE} when
   *     every such failure is retried)
   * @param refreshesCredentials whether the library re-sends with new credentials (an OkHttp
   *     Authenticator)
   */
  record LibraryRetry(
      Anchor anchor,
      RetryLibrary library,
      IntSet statuses,
      Condition retriedWhen,
      RetryDelay delay,
      boolean refreshesCredentials)
      implements Step {}

  /** Where a library retry's delay comes from. */
  enum RetryDelay {
    /** No delay: the request is re-sent at once. */
    NONE,
    /** A delay of the code's own that may change between attempts: a back-off, random, unknown. */
    OWN,
    /** A delay of the code's own, the same before every attempt (a fixed back-off). */
    FIXED,
    /** The delay is taken from the failed response's Retry-After header. */
    RETRY_AFTER
  }

  /**
   * An OAuth 2.0 device-code token poll (RFC 8628) that goes on polling after {@code slow_down}
   * without lengthening its interval, or that does not wait between polls: recognised over the
   * whole method by {@code DeviceCodePolls}, reported where {@code anchor} is.
   *
   * @param problem what the poll does wrong, in words for the finding's message
   */
  record SlowDownIgnored(Anchor anchor, String problem) implements Step {}

  /** The credentials were refreshed (a token refresh, a re-authentication). */
  record RefreshCredentials() implements Step {}

  /** A call of the enclosing method by itself: the work, requests included, is done again. */
  record SelfCall(Anchor anchor) implements Step {}

  /** {@code throw}: the types are the thrown type and its supertypes, qualified. */
  record Throw(List<String> typeAndSupertypes) implements Step {
    public Throw {
      typeAndSupertypes = List.copyOf(typeAndSupertypes);
    }
  }

  record Return() implements Step {}

  /**
   * A block that {@code break label} leaves: a labeled block, or a switch (whose unlabeled breaks
   * the front end gives the switch's own label).
   */
  record Labeled(String label, Step body) implements Step {}

  record Break(@Nullable String label) implements Step {}

  record Continue(@Nullable String label) implements Step {}

  Step NOTHING = new Block(List.of());

  /**
   * Steps in order, with nested blocks flattened and empty ones dropped: the same meaning, a
   * smaller tree.
   */
  static Step block(List<Step> steps) {
    List<Step> flat = new java.util.ArrayList<>();
    for (Step step : steps) {
      if (step instanceof Block inner) {
        Step flattened = block(inner.steps());
        if (flattened instanceof Block nested) {
          flat.addAll(nested.steps());
        } else {
          flat.add(flattened);
        }
      } else {
        flat.add(step);
      }
    }
    return flat.size() == 1 ? flat.get(0) : new Block(flat);
  }

  /** The steps directly inside a step, in order (empty for a leaf). */
  static List<Step> children(Step step) {
    List<Step> children = new java.util.ArrayList<>();
    if (step instanceof Block block) {
      children.addAll(block.steps());
    } else if (step instanceof Branch branch) {
      children.add(branch.then());
      children.add(branch.otherwise());
    } else if (step instanceof Loop loop) {
      children.add(loop.body());
      children.add(loop.test());
    } else if (step instanceof Labeled labeled) {
      children.add(labeled.body());
    } else if (step instanceof TryCatch tryCatch) {
      children.add(tryCatch.body());
      tryCatch.catches().forEach(c -> children.add(c.body()));
      if (tryCatch.finallyBlock() != null) {
        children.add(tryCatch.finallyBlock());
      }
    }
    return children;
  }

  /**
   * Every error-body read and pass-on anywhere in a step (a same-class helper's body), re-anchored
   * at {@code anchor} (the call of the helper): what the helper reads counts as read where it is
   * called. {@code judgedInHelper}: the helper is judged on its own, and reports its reads itself.
   */
  static List<Step> bodyEffectsAt(Step step, Anchor anchor, boolean judgedInHelper) {
    List<Step> effects = new java.util.ArrayList<>();
    if (step instanceof BodyRead read) {
      effects.add(new BodyRead(anchor, read.field(), read.kind(), judgedInHelper));
    } else if (step instanceof RawBodyPassOn) {
      effects.add(new RawBodyPassOn(anchor));
    }
    for (Step child : children(step)) {
      effects.addAll(bodyEffectsAt(child, anchor, judgedInHelper));
    }
    return effects;
  }

  /**
   * A conditional expression {@code condition ? then : otherwise}. When both arms do something a
   * finding is reported on (a request, a wait, a body read...), those steps are anchored at the
   * conditional itself: one mistake made on either path through one expression is one finding.
   */
  static Step conditional(Condition condition, Step then, Step otherwise, Anchor conditional) {
    if (!anchored(then) || !anchored(otherwise)) {
      return new Branch(condition, then, otherwise);
    }
    return new Branch(condition, anchoredAt(then, conditional), anchoredAt(otherwise, conditional));
  }

  private static boolean anchored(Step step) {
    return step instanceof Request
        || step instanceof BodyRead
        || step instanceof RawBodyPassOn
        || step instanceof Wait
        || step instanceof LibraryRetry
        || step instanceof SelfCall
        || children(step).stream().anyMatch(Step::anchored);
  }

  /** The same steps, with every anchor replaced by {@code anchor}. */
  static Step anchoredAt(Step step, Anchor anchor) {
    if (step instanceof Request request) {
      return new Request(
          anchor, request.callKey(), request.thrownTypes(), request.throwsOnHttpError());
    }
    if (step instanceof BodyRead read) {
      return new BodyRead(anchor, read.field(), read.kind(), read.judgedInHelper());
    }
    if (step instanceof RawBodyPassOn) {
      return new RawBodyPassOn(anchor);
    }
    if (step instanceof Wait wait) {
      return new Wait(anchor, wait.delayFromRetryAfter(), wait.growth());
    }
    if (step instanceof LibraryRetry retry) {
      return new LibraryRetry(
          anchor,
          retry.library(),
          retry.statuses(),
          retry.retriedWhen(),
          retry.delay(),
          retry.refreshesCredentials());
    }
    if (step instanceof SelfCall) {
      return new SelfCall(anchor);
    }
    if (step instanceof Block block) {
      return new Block(block.steps().stream().map(inner -> anchoredAt(inner, anchor)).toList());
    }
    if (step instanceof Branch branch) {
      return new Branch(
          branch.condition(),
          anchoredAt(branch.then(), anchor),
          anchoredAt(branch.otherwise(), anchor));
    }
    if (step instanceof Loop loop) {
      return new Loop(
          loop.kind(),
          loop.condition(),
          loop.testedFirst(),
          anchoredAt(loop.body(), anchor),
          loop.label(),
          anchoredAt(loop.test(), anchor),
          loop.maxRounds());
    }
    if (step instanceof TryCatch tryCatch) {
      return new TryCatch(
          anchoredAt(tryCatch.body(), anchor),
          tryCatch.catches().stream()
              .map(c -> new Catch(c.exceptionTypes(), anchoredAt(c.body(), anchor)))
              .toList(),
          tryCatch.finallyBlock() == null ? null : anchoredAt(tryCatch.finallyBlock(), anchor));
    }
    if (step instanceof Labeled labeled) {
      return new Labeled(labeled.label(), anchoredAt(labeled.body(), anchor));
    }
    return step;
  }
}
