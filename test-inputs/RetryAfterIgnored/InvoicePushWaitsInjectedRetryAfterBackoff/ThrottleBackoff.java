package inputs.retryafterignored.injectedbackoff;

import java.net.http.HttpResponse;

/** How long to wait before sending a throttled request again. */
public interface ThrottleBackoff {
  long delayMillis(HttpResponse<?> response, int attempt);
}
