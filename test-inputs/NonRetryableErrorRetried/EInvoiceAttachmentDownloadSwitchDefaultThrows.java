package inputs.nonretryableerrorretried;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Downloads the PDF attachment of a received document; only an unavailable server or a rate limit is tried again. */
public class EInvoiceAttachmentDownloadSwitchDefaultThrows {

  private static final int TOO_MANY_REQUESTS = 429;
  private static final int MAX_ATTEMPTS = 3;

  private final String accessToken;

  public EInvoiceAttachmentDownloadSwitchDefaultThrows(String accessToken) {
    this.accessToken = accessToken;
  }

  public Path download(String attachmentUrl, Path target) throws IOException, InterruptedException {
    URL url = URI.create(attachmentUrl).toURL();
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      HttpURLConnection connection = (HttpURLConnection) url.openConnection();
      connection.setRequestProperty("Authorization", "Bearer " + accessToken);
      int status = connection.getResponseCode();
      switch (status) {
        case HttpURLConnection.HTTP_OK:
          try (InputStream in = connection.getInputStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
          }
          return target;
        case TOO_MANY_REQUESTS:
        case HttpURLConnection.HTTP_UNAVAILABLE:
          String retryAfter = connection.getHeaderField("Retry-After");
          connection.disconnect();
          // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
          Thread.sleep(retryAfter == null ? 1_000L << attempt : Long.parseLong(retryAfter.trim()) * 1000L);
          break;
        default:
          connection.disconnect();
          throw new IOException("attachment download failed: HTTP " + status + " for " + attachmentUrl);
      }
    }
    throw new IOException("attachment still unavailable after " + MAX_ATTEMPTS + " attempts: " + attachmentUrl);
  }
}
