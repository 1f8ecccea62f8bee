package inputs.retryafterignored.jitteredbackoff;

import okhttp3.Response;

/** How long to wait before sending a throttled receipt export again. */
public interface ReceiptBackoff {
  long waitMillis(Response response, int attempt);
}
