package inputs.retryafterignored.inheritedstatuses;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;

/** Downloads archived PDF copies of issued invoices. */
public class DocumentArchiveClient implements HttpStatusCodes {

  private final int retries;
  private final int retryIntervalSeconds;

  public DocumentArchiveClient(int retries, int retryIntervalSeconds) {
    this.retries = retries;
    this.retryIntervalSeconds = retryIntervalSeconds;
  }

  public byte[] download(URL document) throws IOException, InterruptedException {
    for (int attempt = 0; attempt <= retries; attempt++) {
      HttpURLConnection connection = (HttpURLConnection) document.openConnection();
      int code = connection.getResponseCode();
      if (code == OK) {
        try (InputStream in = connection.getInputStream()) {
          return in.readAllBytes();
        }
      }
      if (code < INTERNAL_SERVER_ERROR || attempt == retries) {
        throw new IOException("archive answered " + code + " for " + document);
      }
      // BUG: Diagnostic contains: RetryAfterIgnored
      // BUG: Diagnostic contains: RetryWithoutBackoff
      Thread.sleep(retryIntervalSeconds * 1000L);
    }
    throw new IOException("archive unavailable: " + document);
  }
}
