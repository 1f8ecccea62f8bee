package dev.faultline.analysis.library;

import dev.faultline.analysis.model.Anchor;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.RetryLibrary;
import dev.faultline.analysis.model.Step;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a retry library's builder says about which failures it re-sends and how long it waits,
 * gathered link by link by a front end and lowered to {@link Step.LibraryRetry} steps. The failures
 * retried are those of the retried exception types and of the accepted predicates, less the
 * excluded types and the abort predicates.
 *
 * <p>Precision: a predicate counts only through the statuses it tests (its other tests count as
 * false), and a catch-all (no exception filter, {@code Exception}, {@code e -> true}) counts only
 * with the statuses that the retried work is known to fail with.
 */
public final class RetryConfiguration {
  private final RetryLibrary library;
  private final List<String> retriedTypes = new ArrayList<>();
  private final List<Condition> exceptionPredicates = new ArrayList<>();
  private final List<Condition> resultPredicates = new ArrayList<>();
  private final List<String> excludedTypes = new ArrayList<>();
  private final List<Condition> aborts = new ArrayList<>();
  private boolean exceptionsFiltered;
  private boolean unreadable;
  private Step.RetryDelay delay;
  private boolean delaySet;
  private final ExceptionStatuses types;

  public RetryConfiguration(RetryLibrary library, Step.RetryDelay defaultDelay) {
    this(library, defaultDelay, ExceptionStatuses.LIBRARY);
  }

  /** A configuration whose exception types stand for the statuses {@code types} gives. */
  public RetryConfiguration(
      RetryLibrary library, Step.RetryDelay defaultDelay, ExceptionStatuses types) {
    this.library = library;
    this.delay = defaultDelay;
    this.types = types;
  }

  /** The exceptions of this type are retried. */
  public void retryType(String type) {
    exceptionsFiltered = true;
    retriedTypes.add(type);
  }

  /** The exceptions for which this predicate holds are retried. */
  public void retryException(Condition predicate) {
    exceptionsFiltered = true;
    exceptionPredicates.add(predicate);
  }

  /** The results (responses) for which this predicate holds are retried. */
  public void retryResult(Condition predicate) {
    resultPredicates.add(predicate);
  }

  /** The exceptions of this type are never retried. */
  public void excludeType(String type) {
    excludedTypes.add(type);
  }

  /** No failure for which this predicate holds is retried. */
  public void abortWhen(Condition predicate) {
    aborts.add(predicate);
  }

  /**
   * The configuration starts from another one (Resilience4j's {@code RetryConfig.from(base)}):
   * without a filter of its own, which exceptions it retries is not known.
   */
  public void inheritsFilter() {
    exceptionsFiltered = true;
  }

  /**
   * A filter that cannot be read (a method reference, a variable, a configuration copied from
   * another): the configuration is not judged.
   */
  public void unreadable() {
    unreadable = true;
  }

  /**
   * The delay set by the builder: a delay taken from Retry-After wins over a fixed one, as in both
   * libraries.
   */
  public void delay(Step.RetryDelay delay) {
    if (this.delay != Step.RetryDelay.RETRY_AFTER) {
      this.delay = delay;
      delaySet = true;
    }
  }

  /** A delay that only applies when nothing else set one ({@code waitDuration} in Resilience4j). */
  public void delayUnlessSet(Step.RetryDelay delay) {
    if (!delaySet) {
      this.delay = delay;
    }
  }

  /**
   * The retries this configuration makes.
   *
   * @param workStatuses the statuses of the HTTP errors that the retried work is known to throw, or
   *     null when the work is not known: a catch-all then counts for nothing
   */
  public List<Step> steps(Anchor anchor, @Nullable IntSet workStatuses) {
    List<Step> steps = new ArrayList<>();
    if (unreadable || excludedTypes.stream().anyMatch(HttpErrorTypes::isCatchAll)) {
      return steps;
    }
    IntSet excluded = IntSet.EMPTY;
    for (String type : excludedTypes) {
      excluded = excluded.union(types.statuses(type).orElse(IntSet.EMPTY));
    }
    Condition aborted = null;
    for (Condition abort : aborts) {
      aborted = aborted == null ? known(abort, true) : Condition.or(aborted, known(abort, true));
    }
    Condition notAborted = aborted == null ? Condition.TRUE : Condition.not(aborted);
    IntSet typed = IntSet.EMPTY;
    if (!exceptionsFiltered && workStatuses != null) {
      typed = workStatuses;
    }
    for (String type : retriedTypes) {
      IntSet statuses =
          HttpErrorTypes.isCatchAll(type) ? workStatuses : types.statuses(type).orElse(null);
      typed = statuses == null ? typed : typed.union(statuses);
    }
    add(steps, anchor, typed.minus(excluded), notAborted);
    for (Condition predicate : exceptionPredicates) {
      addPredicate(steps, anchor, known(predicate, false), excluded, notAborted, workStatuses);
    }
    for (Condition predicate : resultPredicates) {
      addPredicate(steps, anchor, known(predicate, false), IntSet.EMPTY, notAborted, null);
    }
    return steps;
  }

  private void addPredicate(
      List<Step> steps,
      Anchor anchor,
      Condition predicate,
      IntSet excluded,
      Condition notAborted,
      @Nullable IntSet workStatuses) {
    if (predicate.equals(Condition.TRUE)) {
      if (workStatuses != null) {
        add(steps, anchor, workStatuses.minus(excluded), notAborted);
      }
      return;
    }
    if (!Condition.mentionsStatus(predicate)) {
      return;
    }
    IntSet statuses =
        Condition.statusesWhereTrue(predicate, HttpErrorTypes.ANY_HTTP_STATUS).minus(excluded);
    add(steps, anchor, statuses, Condition.and(predicate, notAborted));
  }

  private void add(List<Step> steps, Anchor anchor, IntSet statuses, Condition when) {
    if (!statuses.isEmpty()) {
      steps.add(new Step.LibraryRetry(anchor, library, statuses, when, delay, false));
    }
  }

  /**
   * The condition with the tests that tell nothing about the failure replaced, on the side that
   * reports less: a retry predicate's unknown test is taken as false (the failure may not be
   * retried), an abort predicate's as true (the failure may be aborted). A negation flips the side.
   */
  public static Condition known(Condition condition, boolean unknownHolds) {
    if (condition instanceof Condition.Unknown || condition instanceof Condition.Named) {
      return unknownHolds ? Condition.TRUE : Condition.FALSE;
    }
    if (condition instanceof Condition.Not not) {
      return Condition.not(known(not.operand(), !unknownHolds));
    }
    if (condition instanceof Condition.And and) {
      return Condition.and(known(and.left(), unknownHolds), known(and.right(), unknownHolds));
    }
    if (condition instanceof Condition.Or or) {
      return Condition.or(known(or.left(), unknownHolds), known(or.right(), unknownHolds));
    }
    return condition;
  }
}
