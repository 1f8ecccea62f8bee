package inputs.retrywithoutbackoff.doublingwaiter;

/** Lets time pass before the next attempt. */
@FunctionalInterface
public interface ReturnWaiter {
  void await(long millis) throws InterruptedException;
}
