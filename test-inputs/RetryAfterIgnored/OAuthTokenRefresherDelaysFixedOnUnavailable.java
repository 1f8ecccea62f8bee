package inputs.retryafterignored;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Refreshes the Fatture in Cloud OAuth access token in the background. */
public class OAuthTokenRefresherDelaysFixedOnUnavailable {

  private static final String TOKEN_URL = "https://api-v2.fattureincloud.it/oauth/token";
  private static final int HTTP_TOO_MANY_REQUESTS = 429;
  private static final int MAX_ATTEMPTS = 4;
  private static final long RETRY_DELAY_SECONDS = 10;

  private final String clientId;
  private final String clientSecret;

  public OAuthTokenRefresherDelaysFixedOnUnavailable(String clientId, String clientSecret) {
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  public CompletableFuture<String> refresh(String refreshToken) {
    return refresh(refreshToken, 1);
  }

  private CompletableFuture<String> refresh(String refreshToken, int attempt) {
    HttpURLConnection conn = null;
    try {
      conn = (HttpURLConnection) URI.create(TOKEN_URL).toURL().openConnection();
      conn.setRequestMethod("POST");
      conn.setDoOutput(true);
      conn.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
      String form = "grant_type=refresh_token"
          + "&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
          + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8)
          + "&refresh_token=" + URLEncoder.encode(refreshToken, StandardCharsets.UTF_8);
      try (OutputStream out = conn.getOutputStream()) {
        out.write(form.getBytes(StandardCharsets.UTF_8));
      }
      int status = conn.getResponseCode();
      if (status == HttpURLConnection.HTTP_OK) {
        try (InputStream in = conn.getInputStream()) {
          return CompletableFuture.completedFuture(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
      boolean transientFailure = status == HttpURLConnection.HTTP_UNAVAILABLE || status == HTTP_TOO_MANY_REQUESTS;
      if (transientFailure && attempt < MAX_ATTEMPTS) {
        // BUG: Diagnostic contains: RetryAfterIgnored
        // BUG: Diagnostic contains: RetryWithoutBackoff
        return CompletableFuture.supplyAsync(() -> attempt, CompletableFuture.delayedExecutor(RETRY_DELAY_SECONDS, TimeUnit.SECONDS)).thenCompose(prev -> refresh(refreshToken, prev + 1));
      }
      return CompletableFuture.failedFuture(new IllegalStateException("token refresh failed with HTTP " + status));
    } catch (IOException e) {
      return CompletableFuture.failedFuture(new UncheckedIOException(e));
    } finally {
      if (conn != null) {
        conn.disconnect();
      }
    }
  }
}
