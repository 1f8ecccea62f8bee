package inputs.retryafterignored.waiteratcreation;

/** Lets time pass before the next attempt. */
@FunctionalInterface
public interface LabelWaiter {
  void await(long millis) throws InterruptedException;
}
