package inputs.retryafterignored;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

/** Reads signed invoice PDFs from the document vault through the vault SDK's own REST layer. */
public class DocumentVaultRestWrapperWaitsRetryAfterOnThrottle {

  /** The vault SDK's response. */
  public static final class VaultResponse {
    private final int statusCode;
    private final String retryAfter;
    private final byte[] body;

    VaultResponse(int statusCode, String retryAfter, byte[] body) {
      this.statusCode = statusCode;
      this.retryAfter = retryAfter;
      this.body = body;
    }

    public int getStatusCode() {
      return statusCode;
    }

    public String getHeader(String name) {
      return "Retry-After".equalsIgnoreCase(name) ? retryAfter : null;
    }

    public byte[] getBody() {
      return body;
    }
  }

  private final String baseUrl;

  public DocumentVaultRestWrapperWaitsRetryAfterOnThrottle(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  VaultResponse fetch(String path) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) URI.create(baseUrl + path).toURL().openConnection();
    int status = connection.getResponseCode();
    byte[] body = status < 400 ? connection.getInputStream().readAllBytes() : new byte[0];
    return new VaultResponse(status, connection.getHeaderField("Retry-After"), body);
  }

  public byte[] pdf(String documentId) throws IOException, InterruptedException {
    for (int attempt = 1; attempt <= 4; attempt++) {
      VaultResponse response = fetch("/v1/pdf/" + documentId);
      int status = response.getStatusCode();
      if (status == 200) {
        return response.getBody();
      }
      if (status != 429 && status != 503) {
        throw new IOException("vault answered " + status + " for " + documentId);
      }
      String retryAfter = response.getHeader("Retry-After");
      // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
      long seconds = retryAfter == null ? 5L * attempt : Long.parseLong(retryAfter.trim());
      Thread.sleep(seconds * 1_000L);
    }
    throw new IOException("vault kept throttling " + documentId);
  }
}
