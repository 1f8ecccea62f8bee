package dev.faultline.analysis.library;

import dev.faultline.analysis.model.Anchor;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.RetryLibrary;
import dev.faultline.analysis.model.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A library retry that chooses the failures it re-sends by exception type (Spring Retry's retryFor
 * / noRetryFor, Spring Framework's includes / excludes): which statuses reach the re-send, given
 * the types and the retried work. Shared by both front ends, so that they judge a configuration
 * alike.
 */
public final class TypeFilteredRetry {

  /**
   * Statuses that are wrong to re-send whatever else a filter tests (quota 403 and 429 left out).
   */
  private static final IntSet PERMANENT = IntSet.of(400, 401, 404, 405, 409, 422);

  /**
   * The back-off classes of Spring Retry and Spring Framework: a delay of their own, never
   * Retry-After.
   */
  private static final Set<String> LIBRARY_BACK_OFFS =
      Set.of(
          "org.springframework.retry.backoff.FixedBackOffPolicy",
          "org.springframework.retry.backoff.ExponentialBackOffPolicy",
          "org.springframework.retry.backoff.ExponentialRandomBackOffPolicy",
          "org.springframework.retry.backoff.UniformRandomBackOffPolicy",
          "org.springframework.retry.backoff.NoBackOffPolicy",
          "org.springframework.util.backoff.FixedBackOff",
          "org.springframework.util.backoff.ExponentialBackOff");

  /** Spring Retry policies that count attempts or time and let every exception through. */
  private static final Set<String> UNFILTERED_POLICIES =
      Set.of(
          "org.springframework.retry.policy.MaxAttemptsRetryPolicy",
          "org.springframework.retry.policy.TimeoutRetryPolicy",
          "org.springframework.retry.policy.AlwaysRetryPolicy");

  private TypeFilteredRetry() {}

  /**
   * Whether a back-off of this class waits a delay of its own (a library class, not the
   * application's).
   */
  public static boolean isLibraryBackOff(String type) {
    return LIBRARY_BACK_OFFS.contains(type);
  }

  /**
   * Whether a retry policy of this class lets every exception through (it counts attempts or time
   * only).
   */
  public static boolean isUnfilteredPolicy(String type) {
    return UNFILTERED_POLICIES.contains(type);
  }

  /**
   * What a builder chain says about the failures it retries, collected call by call as a front end
   * reads it: the retried and the excluded types, a predicate, and whether some part could not be
   * read.
   */
  public static final class Filter {
    private final ExceptionStatuses types;
    private final List<String> included = new ArrayList<>();
    private final List<String> excluded = new ArrayList<>();
    private Condition predicate = Condition.TRUE;
    private boolean unknownNarrowing;
    private boolean unknownTypes;

    /** A filter whose types stand for the statuses {@code types} gives. */
    public Filter(ExceptionStatuses types) {
      this.types = types;
    }

    /**
     * Retries these types; none read (a list built elsewhere) leaves the retried failures unknown.
     */
    public void include(List<String> types) {
      unknownTypes |= types.isEmpty();
      included.addAll(types);
    }

    /**
     * Does not retry these types; none read (a list built elsewhere) may narrow the retried
     * failures.
     */
    public void exclude(List<String> types) {
      unknownNarrowing |= types.isEmpty();
      excluded.addAll(types);
    }

    /** Retries only when this predicate holds too. */
    public void predicate(Condition condition) {
      predicate =
          predicate.equals(Condition.TRUE) ? condition : Condition.and(predicate, condition);
    }

    /** Something the front end cannot read (a custom policy) may narrow the retried failures. */
    public void narrowedByUnknown() {
      unknownNarrowing = true;
    }

    /**
     * The statuses of the failures re-sent, given whether the retried work fails on HTTP errors.
     */
    public IntSet statuses(boolean workFailsOnHttpErrors) {
      if (unknownTypes) {
        return IntSet.EMPTY;
      }
      IntSet statuses =
          TypeFilteredRetry.statuses(included, excluded, workFailsOnHttpErrors, predicate, types);
      return unknownNarrowing ? narrowedByUnknownFilter(statuses) : statuses;
    }
  }

  /**
   * The statuses of the failures that a retry re-sends when it retries {@code included} (none:
   * every exception) except {@code excluded}. A catch-all type counts only when {@code
   * workFailsOnHttpErrors}; a type the table does not know (the application's own exception) counts
   * for nothing.
   */
  public static IntSet statuses(
      List<String> included, List<String> excluded, boolean workFailsOnHttpErrors) {
    return statuses(included, excluded, workFailsOnHttpErrors, ExceptionStatuses.LIBRARY);
  }

  /**
   * As {@link #statuses(List, List, boolean)}, with the statuses of each type given by {@code
   * types} (the project's own exception types too).
   */
  public static IntSet statuses(
      List<String> included,
      List<String> excluded,
      boolean workFailsOnHttpErrors,
      ExceptionStatuses types) {
    List<String> retried = included.isEmpty() ? List.of("java.lang.Throwable") : included;
    IntSet statuses = IntSet.EMPTY;
    for (String type : retried) {
      if (!HttpErrorTypes.isCatchAll(type) || workFailsOnHttpErrors) {
        statuses = statuses.union(types.statuses(type).orElse(IntSet.EMPTY));
      }
    }
    for (String type : excluded) {
      statuses = statuses.minus(types.statuses(type).orElse(IntSet.EMPTY));
    }
    return statuses;
  }

  /**
   * The statuses of the failures that a retry re-sends when a predicate the front end lowered
   * ({@code predicate}) must accept them too. A predicate that tests only statuses (instanceof an
   * HTTP exception type, a status comparison) is exact, and it proves the failures are HTTP ones;
   * any other test makes it an unknown filter.
   */
  public static IntSet statuses(
      List<String> included,
      List<String> excluded,
      boolean workFailsOnHttpErrors,
      Condition predicate,
      ExceptionStatuses types) {
    if (!testsStatusesOnly(predicate)) {
      return narrowedByUnknownFilter(statuses(included, excluded, workFailsOnHttpErrors, types));
    }
    return statuses(
            included, excluded, workFailsOnHttpErrors || Condition.mentionsStatus(predicate), types)
        .intersect(Condition.statusesWhereTrue(predicate, HttpErrorTypes.ANY_FAILURE));
  }

  private static boolean testsStatusesOnly(Condition condition) {
    if (condition instanceof Condition.StatusIn || condition instanceof Condition.Constant) {
      return true;
    }
    if (condition instanceof Condition.Not not) {
      // statusesWhereTrue is exact under a negation of a plain status test only
      return not.operand() instanceof Condition.StatusIn
          || not.operand() instanceof Condition.Constant;
    }
    if (condition instanceof Condition.And and) {
      return testsStatusesOnly(and.left()) && testsStatusesOnly(and.right());
    }
    return condition instanceof Condition.Or or
        && testsStatusesOnly(or.left())
        && testsStatusesOnly(or.right());
  }

  /**
   * The statuses still certain to be re-sent when a filter the front end cannot evaluate (a SpEL
   * expression, a predicate class) narrows the types further: the types alone prove a permanent
   * error is retried only when every status they let through is permanent; otherwise nothing is
   * certain.
   */
  public static IntSet narrowedByUnknownFilter(IntSet statuses) {
    return !statuses.isEmpty() && PERMANENT.containsAll(statuses) ? statuses : IntSet.EMPTY;
  }

  /**
   * Whether the retried work, as lowered, fails with HTTP errors: it sends a request of a client
   * that throws on an error status, where no catch around it takes every HTTP error quietly (a
   * fallback value, no throw), or it sends one and throws (after a status check).
   */
  public static boolean failsOnHttpErrors(Step work) {
    return sends(work, true, List.of()) || (sends(work, false, List.of()) && throwsAnything(work));
  }

  /**
   * Whether a step sends a request (one that throws on an HTTP error status and escapes the catches
   * around it, when {@code throwingClientOnly}); {@code handlers} are the catch clauses around the
   * step, innermost first.
   */
  private static boolean sends(Step step, boolean throwingClientOnly, List<Step.Catch> handlers) {
    if (step instanceof Step.Request request) {
      return !throwingClientOnly
          || (request.throwsOnHttpError() && !caughtQuietly(request, handlers));
    }
    if (step instanceof Step.TryCatch attempt) {
      List<Step.Catch> inner = new ArrayList<>(attempt.catches());
      inner.addAll(handlers);
      if (sends(attempt.body(), throwingClientOnly, inner)) {
        return true;
      }
      for (Step.Catch clause : attempt.catches()) {
        if (sends(clause.body(), throwingClientOnly, handlers)) {
          return true;
        }
      }
      Step last = attempt.finallyBlock();
      return last != null && sends(last, throwingClientOnly, handlers);
    }
    return Step.children(step).stream()
        .anyMatch(child -> sends(child, throwingClientOnly, handlers));
  }

  /**
   * Whether the nearest catch around a request that takes any of its HTTP errors takes all of them
   * ({@code catch (HttpStatusCodeException e)} around a RestTemplate call) and throws nothing.
   */
  private static boolean caughtQuietly(Step.Request request, List<Step.Catch> handlers) {
    List<String> thrown = new ArrayList<>();
    for (String type : request.thrownTypes()) {
      if (!HttpErrorTypes.statuses(type)
          .orElse(ERROR_STATUSES)
          .intersect(ERROR_STATUSES)
          .isEmpty()) {
        thrown.add(type); // a transport failure's type (ResourceAccessException) is no HTTP error
      }
    }
    for (Step.Catch clause : handlers) {
      boolean every = !thrown.isEmpty();
      boolean some = false;
      for (String type : thrown) {
        boolean caught = clause.exceptionTypes().stream().anyMatch(c -> catchesAll(c, type));
        every &= caught;
        some |=
            caught
                || clause.exceptionTypes().stream()
                    .anyMatch(c -> HttpErrorTypes.isSubtype(c, type)); // a part of them
      }
      if (every) {
        return !throwsAnything(clause.body());
      }
      if (some) {
        return false;
      }
    }
    return false;
  }

  /** HTTP error statuses, those a client's error exception is thrown for. */
  private static final IntSet ERROR_STATUSES = IntSet.range(400, 599);

  /** Whether a catch of {@code caught} takes every HTTP error thrown as {@code thrown}. */
  private static boolean catchesAll(String caught, String thrown) {
    if (HttpErrorTypes.isCatchAll(caught)
        || HttpErrorTypes.typeAndSupertypes(thrown).contains(caught)) {
      return true;
    }
    Optional<IntSet> part = HttpErrorTypes.statuses(caught);
    Optional<IntSet> whole = HttpErrorTypes.statuses(thrown);
    return part.isPresent()
        && whole.isPresent()
        && HttpErrorTypes.isSubtype(caught, thrown)
        && whole.get().intersect(ERROR_STATUSES).minus(part.get()).isEmpty();
  }

  private static boolean throwsAnything(Step step) {
    return step instanceof Step.Throw
        || Step.children(step).stream().anyMatch(TypeFilteredRetry::throwsAnything);
  }

  /** The retry, or NOTHING when it re-sends no failure with a status. */
  public static Step retry(
      Anchor anchor, RetryLibrary library, IntSet statuses, Step.RetryDelay delay) {
    return statuses.isEmpty()
        ? Step.NOTHING
        : new Step.LibraryRetry(anchor, library, statuses, Condition.TRUE, delay, false);
  }

  /** The retry as the steps a method declares: none when it re-sends no failure with a status. */
  public static List<Step> retries(
      Anchor anchor, RetryLibrary library, IntSet statuses, Step.RetryDelay delay) {
    Step retry = retry(anchor, library, statuses, delay);
    return retry.equals(Step.NOTHING) ? List.of() : List.of(retry);
  }
}
