package com.example.invoicesync;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Reads one client, the right way: only rate limits and server errors are re-sent, after Retry-After. */
public final class TokenAwareClientLookup {
  private static final int MAX_ATTEMPTS = 4;

  private final HttpClient http = HttpClient.newHttpClient();
  private final String token;

  public TokenAwareClientLookup(String token) {
    this.token = token;
  }

  public String client(int companyId, int clientId) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(
            URI.create("https://api-v2.fattureincloud.it/c/" + companyId + "/entities/clients/" + clientId))
        .header("Authorization", "Bearer " + token)
        .build();
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      if (status < 400) {
        return response.body();
      }
      boolean transientError = status == 429 || status >= 500;
      if (!transientError || attempt == MAX_ATTEMPTS) {
        throw new IOException("Fatture in Cloud answered " + status + ": " + response.body());
      }
      Duration wait = response.headers().firstValue("Retry-After")
          .map(seconds -> Duration.ofSeconds(Long.parseLong(seconds.trim())))
          .orElse(Duration.ofSeconds(1L << attempt));
      Thread.sleep(wait.toMillis());
    }
  }
}
