package dev.faultline.analysis.model;

/**
 * A comparison of a status or an error code with a constant, as both front ends lower it: {@code
 * status >= 500}, {@code 429 == status}, {@code status / 100 == 4}.
 */
public enum Comparison {
  EQUAL,
  NOT_EQUAL,
  LESS,
  LESS_OR_EQUAL,
  GREATER,
  GREATER_OR_EQUAL;

  /** The largest status or error code the analysis distinguishes. */
  public static final int MAX_VALUE = IntSet.MAX_MEMBER;

  /** The values v for which {@code v OP constant} holds. */
  public IntSet valuesWhere(int constant) {
    return switch (this) {
      case EQUAL -> IntSet.of(constant);
      case NOT_EQUAL -> IntSet.range(0, MAX_VALUE).minus(IntSet.of(constant));
      case LESS -> constant == Integer.MIN_VALUE ? IntSet.EMPTY : IntSet.range(0, constant - 1);
      case LESS_OR_EQUAL -> IntSet.range(0, constant);
      case GREATER ->
          constant == Integer.MAX_VALUE ? IntSet.EMPTY : IntSet.range(constant + 1, MAX_VALUE);
      case GREATER_OR_EQUAL -> IntSet.range(constant, MAX_VALUE);
    };
  }

  /**
   * The same comparison with its operands swapped: {@code 500 <= status} is {@code status >= 500}.
   */
  public Comparison mirrored() {
    return switch (this) {
      case LESS -> GREATER;
      case LESS_OR_EQUAL -> GREATER_OR_EQUAL;
      case GREATER -> LESS;
      case GREATER_OR_EQUAL -> LESS_OR_EQUAL;
      default -> this;
    };
  }

  /**
   * The statuses whose hundreds digit satisfies the comparison: {@code status / 100 == 4} is
   * 400-499.
   */
  public IntSet statusesWhereHundreds(int constant) {
    IntSet hundreds = valuesWhere(constant);
    IntSet statuses = IntSet.EMPTY;
    for (int h = 1; h <= 5; h++) {
      if (hundreds.contains(h)) {
        statuses = statuses.union(IntSet.range(h * 100, h * 100 + 99));
      }
    }
    return statuses;
  }
}
