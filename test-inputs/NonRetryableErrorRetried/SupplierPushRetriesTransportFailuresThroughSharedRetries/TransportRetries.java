package inputs.nonretryableerrorretried.transportretries;

import java.io.IOException;
import java.util.concurrent.Callable;

/** Sends again when the connection failed; answers of the server are the caller's to judge. */
public final class TransportRetries {

  private static final int MAX_ATTEMPTS = 3;

  private TransportRetries() {}

  public static <T> T onConnectionFailure(Callable<T> exchange) throws Exception {
    IOException last = null;
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      try {
        return exchange.call();
      } catch (IOException e) {
        last = e;
        pause(attempt);
      }
    }
    throw last;
  }

  private static void pause(int attempt) throws InterruptedException {
    Thread.sleep(200L * (attempt + 1));
  }
}
