package inputs.retryafterignored;

import feign.Util;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Renews the OAuth access token shared by all invoicing workers. */
public class AccessTokenRenewerSchedulesRetryFromHeader {

  private static final String TOKEN_URL = "https://api-v2.fattureincloud.it/oauth/token";
  private static final int MAX_ATTEMPTS = 4;
  private static final long DEFAULT_DELAY_SECONDS = 5;

  private final OkHttpClient http;
  private final ScheduledExecutorService scheduler;
  private final String clientId;
  private final String clientSecret;

  public AccessTokenRenewerSchedulesRetryFromHeader(OkHttpClient http, ScheduledExecutorService scheduler, String clientId, String clientSecret) {
    this.http = http;
    this.scheduler = scheduler;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  public CompletableFuture<String> renew(String refreshToken) {
    CompletableFuture<String> result = new CompletableFuture<>();
    attempt(refreshToken, 1, result);
    return result;
  }

  private void attempt(String refreshToken, int attempt, CompletableFuture<String> result) {
    Request request = new Request.Builder()
        .url(TOKEN_URL)
        .post(new FormBody.Builder()
            .add("grant_type", "refresh_token")
            .add("client_id", clientId)
            .add("client_secret", clientSecret)
            .add("refresh_token", refreshToken)
            .build())
        .build();
    try (Response response = http.newCall(request).execute()) {
      int code = response.code();
      if (code == 200) {
        result.complete(response.body().string());
        return;
      }
      if ((code == 429 || code == 503) && attempt < MAX_ATTEMPTS) {
        long delaySeconds = delayFrom(response.header(Util.RETRY_AFTER));
        scheduler.schedule(() -> attempt(refreshToken, attempt + 1, result), delaySeconds, TimeUnit.SECONDS);
        return;
      }
      result.completeExceptionally(new IllegalStateException("token renewal failed: HTTP " + code + " " + response.body().string()));
    } catch (IOException e) {
      result.completeExceptionally(e);
    }
  }

  private static long delayFrom(String retryAfter) {
    if (retryAfter == null || retryAfter.isBlank()) {
      return DEFAULT_DELAY_SECONDS;
    }
    try {
      return Math.max(0L, Long.parseLong(retryAfter.trim()));
    } catch (NumberFormatException notSeconds) {
      long untilMillis = ZonedDateTime.parse(retryAfter.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
      return Math.max(0L, TimeUnit.MILLISECONDS.toSeconds(untilMillis - System.currentTimeMillis()));
    }
  }
}
