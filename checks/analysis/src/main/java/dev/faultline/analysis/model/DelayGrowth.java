package dev.faultline.analysis.model;

/** How a wait's delay changes from one attempt to the next. */
public enum DelayGrowth {
  /** The same delay every time: a constant, or a variable given a constant once. */
  FIXED,
  /**
   * A delay that changes between attempts: it depends on a variable updated as the code runs (an
   * attempt counter, {@code delay *= 2}) or on the server's answer (Retry-After).
   */
  GROWING,
  /** Not known: a parameter, a helper's result, a random value. */
  UNKNOWN
}
