package inputs.retryafterignored.injectedpacer;

/** Holds the calling thread between two attempts. */
public interface Pacer {
  void hold(long millis) throws InterruptedException;
}
