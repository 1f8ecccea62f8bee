package inputs.nonretryableerrorretried.injecteddecider;

/** Which failed statuses are worth sending again. */
public interface RetryDecider {
  boolean shouldRetry(int status);
}
