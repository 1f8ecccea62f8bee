package inputs.retryafterhttpdateunsupported;

import java.io.IOException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;

/** Fetches an archive with HttpClient 5; on 429 waits the Retry-After header's value in seconds. */
public class ArchiveHttpClient5ParsesRetryAfterHeaderValue {
  private final CloseableHttpClient client;

  public ArchiveHttpClient5ParsesRetryAfterHeaderValue(CloseableHttpClient client) {
    this.client = client;
  }

  public int status(String uri) throws IOException, InterruptedException {
    ClassicHttpResponse response = client.executeOpen(null, new HttpGet(uri), null);
    if (response.getCode() == 429) {
      Header header = response.getFirstHeader("Retry-After");
      if (header != null) {
        // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
        Thread.sleep(Long.parseLong(header.getValue()) * 1000L);
      }
      response.close();
      response = client.executeOpen(null, new HttpGet(uri), null);
    }
    return response.getCode();
  }
}
