package inputs.retryafterignored.injectedpacer;

/** Holds the thread by sleeping. */
public class SleepingPacer implements Pacer {
  @Override
  public void hold(long millis) throws InterruptedException {
    Thread.sleep(millis);
  }
}
