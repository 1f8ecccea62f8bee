package dev.faultline.analysis.model;

import java.util.BitSet;
import java.util.Collection;
import java.util.PrimitiveIterator;
import java.util.stream.IntStream;

/**
 * An immutable set of integers from 0 to {@link #MAX_MEMBER}: HTTP statuses ({@code 0} stands for
 * "no response", a transport failure) or API error codes. Values outside that range are never
 * members: code that compares a status with {@code -1} or with {@code Integer.MAX_VALUE} tests for
 * no status at all, or for every one.
 */
public final class IntSet {
  /** The largest member a set can have: every HTTP status and API error code is smaller. */
  public static final int MAX_MEMBER = 9999;

  public static final IntSet EMPTY = new IntSet(new BitSet());

  private final BitSet bits;

  private IntSet(BitSet bits) {
    this.bits = bits;
  }

  public static IntSet of(int... values) {
    BitSet bits = new BitSet();
    for (int value : values) {
      if (value >= 0 && value <= MAX_MEMBER) {
        bits.set(value);
      }
    }
    return new IntSet(bits);
  }

  public static IntSet of(Collection<Integer> values) {
    BitSet bits = new BitSet();
    values.stream().filter(v -> v >= 0 && v <= MAX_MEMBER).forEach(bits::set);
    return new IntSet(bits);
  }

  /** The closed range {@code [from, to]}. */
  public static IntSet range(int from, int to) {
    BitSet bits = new BitSet();
    int low = Math.max(from, 0);
    int high = Math.min(to, MAX_MEMBER);
    if (low <= high) {
      bits.set(low, high + 1);
    }
    return new IntSet(bits);
  }

  public boolean contains(int value) {
    return value >= 0 && value <= MAX_MEMBER && bits.get(value);
  }

  public boolean isEmpty() {
    return bits.isEmpty();
  }

  public int size() {
    return bits.cardinality();
  }

  public IntStream stream() {
    return bits.stream();
  }

  public IntSet union(IntSet other) {
    BitSet result = (BitSet) bits.clone();
    result.or(other.bits);
    return new IntSet(result);
  }

  public IntSet intersect(IntSet other) {
    BitSet result = (BitSet) bits.clone();
    result.and(other.bits);
    return new IntSet(result);
  }

  public IntSet minus(IntSet other) {
    BitSet result = (BitSet) bits.clone();
    result.andNot(other.bits);
    return new IntSet(result);
  }

  public boolean intersects(IntSet other) {
    return bits.intersects(other.bits);
  }

  public boolean containsAll(IntSet other) {
    return other.minus(this).isEmpty();
  }

  /** Renders the set compactly, e.g. {@code 400-404, 409, 422}. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    PrimitiveIterator.OfInt values = bits.stream().iterator();
    int start = -1;
    int previous = -2;
    while (values.hasNext()) {
      int value = values.nextInt();
      if (value != previous + 1) {
        appendRun(out, start, previous);
        start = value;
      }
      previous = value;
    }
    appendRun(out, start, previous);
    return out.toString();
  }

  private static void appendRun(StringBuilder out, int start, int end) {
    if (start < 0) {
      return;
    }
    if (out.length() > 0) {
      out.append(", ");
    }
    out.append(start == 0 ? "no response" : String.valueOf(start));
    if (end > start) {
      out.append(end == start + 1 ? ", " : "-").append(end);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IntSet that && that.bits.equals(bits);
  }

  @Override
  public int hashCode() {
    return bits.hashCode();
  }

  @Override
  public String toString() {
    return "{" + describe() + "}";
  }
}
