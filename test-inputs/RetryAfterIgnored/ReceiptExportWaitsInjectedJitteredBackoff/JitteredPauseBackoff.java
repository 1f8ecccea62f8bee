package inputs.retryafterignored.jitteredbackoff;

import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Response;

/** Waits one to one and a half seconds, never what the server asks for. */
public class JitteredPauseBackoff implements ReceiptBackoff {
  @Override
  public long waitMillis(Response response, int attempt) {
    return 1_000L + ThreadLocalRandom.current().nextLong(500L);
  }
}
