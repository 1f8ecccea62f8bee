package inputs.retryafterignored.injectedfixedpacer;

/** Holds the thread by sleeping. */
public class ThreadSleepPacer implements ArchivePacer {
  @Override
  public void hold(long millis) throws InterruptedException {
    Thread.sleep(millis);
  }
}
