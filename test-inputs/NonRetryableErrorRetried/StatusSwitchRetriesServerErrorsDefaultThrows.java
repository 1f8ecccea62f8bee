package inputs.nonretryable;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Downloads an e-invoice XML; only an unavailable server or a rate limit is worth another try. */
public class StatusSwitchRetriesServerErrorsDefaultThrows {
  private static final int TOO_MANY_REQUESTS = 429;

  public String download(String url, String token) throws IOException, InterruptedException {
    for (int attempt = 1; attempt <= 3; attempt++) {
      HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
      connection.setRequestProperty("Authorization", "Bearer " + token);
      int status = connection.getResponseCode();
      switch (status) {
        case HttpURLConnection.HTTP_OK:
          try (InputStream in = connection.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
        case TOO_MANY_REQUESTS:
        case HttpURLConnection.HTTP_UNAVAILABLE:
          String retryAfter = connection.getHeaderField("Retry-After");
          Thread.sleep(retryAfter == null ? 1_000L * attempt : Long.parseLong(retryAfter.trim()) * 1000L);
          break;
        default:
          throw new IOException("download failed: HTTP " + status);
      }
    }
    throw new IOException("download still unavailable after 3 attempts");
  }
}
