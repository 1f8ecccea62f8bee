package inputs.retrywithoutbackoff.fixedwaiter;

/** Lets time pass before the next attempt. */
@FunctionalInterface
public interface FilingWaiter {
  void await(long millis) throws InterruptedException;
}
