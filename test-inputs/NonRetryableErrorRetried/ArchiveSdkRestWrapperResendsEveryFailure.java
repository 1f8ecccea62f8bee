package inputs.nonretryableerrorretried;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Deletes archived e-invoices from the document vault through the vault's own small REST layer. */
public class ArchiveSdkRestWrapperResendsEveryFailure {

  /** The vault SDK's response: status and body, whatever the status. */
  public static final class RestResponse {
    private final int status;
    private final byte[] body;

    RestResponse(int status, byte[] body) {
      this.status = status;
      this.body = body;
    }

    public int getStatus() {
      return status;
    }

    public byte[] getBody() {
      return body;
    }
  }

  /** The vault SDK's request builder. */
  public static final class Rest {
    private String url;

    public Rest url(String url) {
      this.url = url;
      return this;
    }

    public RestResponse delete() throws IOException {
      HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
      connection.setRequestMethod("DELETE");
      int status = connection.getResponseCode();
      try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
        return new RestResponse(status, in == null ? new byte[0] : in.readAllBytes());
      }
    }
  }

  public static final class ArchiveException extends Exception {
    private final int status;

    ArchiveException(String message, int status) {
      super(message);
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  private final String baseUrl;
  private final int maxRetries;

  public ArchiveSdkRestWrapperResendsEveryFailure(String baseUrl, int maxRetries) {
    this.baseUrl = baseUrl;
    this.maxRetries = maxRetries;
  }

  public void deleteDocument(String documentId) throws ArchiveException, InterruptedException {
    int retries = 0;
    while (true) {
      try {
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        RestResponse response = new Rest().url(baseUrl + "/v1/documents/" + documentId).delete();
        if (response.getStatus() != 204) {
          throw new ArchiveException(
              "archive answered " + response.getStatus() + ": "
                  + new String(response.getBody(), StandardCharsets.UTF_8),
              response.getStatus());
        }
        return;
      } catch (IOException | ArchiveException e) {
        if (retries++ >= maxRetries) {
          throw new ArchiveException("archive delete failed: " + e.getMessage(), 0);
        }
        // BUG: Diagnostic contains: RetryAfterIgnored
        // BUG: Diagnostic contains: RetryWithoutBackoff
        Thread.sleep(1_000L);
      }
    }
  }
}
