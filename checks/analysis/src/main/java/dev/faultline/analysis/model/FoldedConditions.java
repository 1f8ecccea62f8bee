package dev.faultline.analysis.model;

/**
 * {@link Condition}s combined with their constant operands folded away: the front ends build the
 * condition under which a strategy method ends with a given outcome from many arms, most of them a
 * constant.
 */
public final class FoldedConditions {
  private FoldedConditions() {}

  /** {@code test ? then : otherwise}. */
  public static Condition either(Condition test, Condition then, Condition otherwise) {
    if (then.equals(otherwise)) {
      return then;
    }
    return or(and(test, then), and(Condition.not(test), otherwise));
  }

  public static Condition and(Condition left, Condition right) {
    if (left.equals(Condition.FALSE) || right.equals(Condition.FALSE)) {
      return Condition.FALSE;
    }
    if (left.equals(Condition.TRUE)) {
      return right;
    }
    if (right.equals(Condition.TRUE)) {
      return left;
    }
    return Condition.and(left, right);
  }

  public static Condition or(Condition left, Condition right) {
    if (left.equals(Condition.TRUE) || right.equals(Condition.TRUE)) {
      return Condition.TRUE;
    }
    if (left.equals(Condition.FALSE)) {
      return right;
    }
    if (right.equals(Condition.FALSE)) {
      return left;
    }
    return Condition.or(left, right);
  }

  /**
   * {@code tests[0] ? outcomes[0] : tests[1] ? outcomes[1] : ... : otherwise}, e.g. the cases of a
   * switch.
   */
  public static Condition chain(
      java.util.List<Condition> tests, java.util.List<Condition> outcomes, Condition otherwise) {
    Condition result = otherwise;
    for (int i = tests.size() - 1; i >= 0; i--) {
      result = either(tests.get(i), outcomes.get(i), result);
    }
    return result;
  }

  /**
   * Whether a condition depends on the status at all, or is always true: a condition that only
   * counts attempts or asks something the analysis does not follow says nothing a rule could judge.
   */
  public static boolean testsStatus(Condition condition) {
    if (condition instanceof Condition.StatusIn) {
      return true;
    }
    if (condition instanceof Condition.Constant constant) {
      return constant.value();
    }
    if (condition instanceof Condition.Not not) {
      return testsStatus(not.operand());
    }
    if (condition instanceof Condition.And and) {
      return testsStatus(and.left()) || testsStatus(and.right());
    }
    if (condition instanceof Condition.Or or) {
      return testsStatus(or.left()) || testsStatus(or.right());
    }
    return false;
  }
}
