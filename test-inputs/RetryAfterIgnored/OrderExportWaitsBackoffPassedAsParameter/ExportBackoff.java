package inputs.retryafterignored.parameterbackoff;

import okhttp3.Response;

/** How long to wait before sending a throttled export again. */
public interface ExportBackoff {
  long waitMillis(Response response, int attempt);
}
