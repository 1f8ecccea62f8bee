package inputs.retryafterignored.injectedfixedbackoff;

import java.net.http.HttpResponse;

/** How long to wait before sending a throttled request again. */
public interface PauseBackoff {
  long delayMillis(HttpResponse<?> response, int attempt);
}
