package dev.faultline.analysis.model;

import java.util.List;

/** What a branch condition tests, as far as error handling is concerned. */
public sealed interface Condition {

  /** True exactly when the latest response's HTTP status is in {@code statuses}. */
  record StatusIn(IntSet statuses) implements Condition {}

  /**
   * True exactly when the latest error body's API error code (e.g. InvoiceXML {@code errorCode}) is
   * in {@code codes}.
   */
  record ErrorCodeIn(IntSet codes) implements Condition {}

  /**
   * True exactly when the response carries a Retry-After header. A Fatture in Cloud 403 with the
   * header is a quota error; without it a client may fall back to its own backoff.
   */
  record RetryAfterPresent() implements Condition {}

  /**
   * A test of the error body or message against text literals, e.g. {@code
   * message.contains("already being executed")}. The contract says which literals mark which case.
   */
  record TextMatch(List<String> literals) implements Condition {
    public TextMatch {
      literals = List.copyOf(literals);
    }
  }

  /**
   * An unchanged boolean local whose value the analysis cannot read, named by where its value is
   * written: whatever it is, it is the same on every test along one path, up to the next request.
   */
  record Named(Anchor value) implements Condition {}

  record Not(Condition operand) implements Condition {}

  record And(Condition left, Condition right) implements Condition {}

  record Or(Condition left, Condition right) implements Condition {}

  /** A condition known to be always true or always false, e.g. a helper's {@code return true}. */
  record Constant(boolean value) implements Condition {}

  Condition TRUE = new Constant(true);
  Condition FALSE = new Constant(false);

  /** Anything else: either outcome is possible and tells nothing about the response. */
  record Unknown() implements Condition {}

  Condition UNKNOWN = new Unknown();

  /**
   * The statuses for which a condition about the status alone is true; conditions about anything
   * else count as either outcome.
   */
  static IntSet statusesWhereTrue(Condition condition, IntSet universe) {
    if (condition instanceof StatusIn test) {
      return universe.intersect(test.statuses());
    }
    if (condition instanceof Constant constant) {
      return constant.value() ? universe : IntSet.EMPTY;
    }
    if (condition instanceof Not not) {
      return not.operand() instanceof StatusIn || not.operand() instanceof Constant
          ? universe.minus(statusesWhereTrue(not.operand(), universe))
          : universe;
    }
    if (condition instanceof And and) {
      return statusesWhereTrue(and.left(), universe)
          .intersect(statusesWhereTrue(and.right(), universe));
    }
    if (condition instanceof Or or) {
      return statusesWhereTrue(or.left(), universe).union(statusesWhereTrue(or.right(), universe));
    }
    return universe;
  }

  /**
   * Whether a condition tests the status anywhere in it (a {@link StatusIn} under any negation and
   * connective).
   */
  static boolean mentionsStatus(Condition condition) {
    if (condition instanceof Not not) {
      return mentionsStatus(not.operand());
    }
    if (condition instanceof And and) {
      return mentionsStatus(and.left()) || mentionsStatus(and.right());
    }
    if (condition instanceof Or or) {
      return mentionsStatus(or.left()) || mentionsStatus(or.right());
    }
    return condition instanceof StatusIn;
  }

  static Condition not(Condition operand) {
    if (operand instanceof Unknown) {
      return operand;
    }
    if (operand instanceof Not not) {
      return not.operand();
    }
    return new Not(operand);
  }

  static Condition and(Condition left, Condition right) {
    if (left instanceof Unknown && right instanceof Unknown) {
      return UNKNOWN;
    }
    return new And(left, right);
  }

  static Condition or(Condition left, Condition right) {
    if (left instanceof Unknown && right instanceof Unknown) {
      return UNKNOWN;
    }
    return new Or(left, right);
  }
}
