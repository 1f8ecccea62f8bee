package inputs.retryafterignored.injectedfixedbackoff;

import java.net.http.HttpResponse;

/** Waits two seconds whatever the response says. */
public class FixedPauseBackoff implements PauseBackoff {
  @Override
  public long delayMillis(HttpResponse<?> response, int attempt) {
    return 2_000L;
  }
}
