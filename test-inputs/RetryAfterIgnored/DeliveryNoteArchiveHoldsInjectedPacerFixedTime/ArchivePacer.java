package inputs.retryafterignored.injectedfixedpacer;

/** Holds the calling thread between two attempts. */
public interface ArchivePacer {
  void hold(long millis) throws InterruptedException;
}
