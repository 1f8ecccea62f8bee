package inputs.retryafterignored;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.UnknownHostException;
import org.apache.http.client.HttpRequestRetryHandler;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.protocol.HttpContext;

/**
 * Builds the Apache HttpClient 4 client that archives e-invoice XML files: its HttpRequestRetryHandler re-sends after
 * a dropped connection only (three times, no wait); responses, a 429 or a 503 included, are never re-sent by it.
 */
public class ArchiveHttpClient4RetriesConnectionFailuresOnly {

  private static final int MAX_RETRIES = 3;

  /** Re-sends after an I/O failure other than a timeout or an unknown host. */
  static final class ConnectionRetryHandler implements HttpRequestRetryHandler {
    @Override
    public boolean retryRequest(IOException exception, int executionCount, HttpContext context) {
      if (executionCount > MAX_RETRIES) {
        return false;
      }
      return !(exception instanceof InterruptedIOException) && !(exception instanceof UnknownHostException);
    }
  }

  public CloseableHttpClient archiveClient() {
    return HttpClients.custom().setRetryHandler(new ConnectionRetryHandler()).build();
  }
}
