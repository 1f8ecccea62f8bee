package inputs.retryafterhttpdateunsupported;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;

/** Downloads a receipt; on 503 waits for Retry-After, read with getHeaderFieldInt. */
public class ReceiptDownloadUrlConnectionReadsRetryAfterAsInt {
  public byte[] download(URL url) throws IOException, InterruptedException {
    for (int attempt = 0; attempt < 3; attempt++) {
      HttpURLConnection connection = (HttpURLConnection) url.openConnection();
      if (connection.getResponseCode() == 503) {
        // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
        int seconds = connection.getHeaderFieldInt("Retry-After", 10);
        connection.disconnect();
        Thread.sleep(seconds * 1000L);
        continue;
      }
      try (InputStream in = connection.getInputStream()) {
        return in.readAllBytes();
      }
    }
    throw new IOException("service unavailable");
  }
}
