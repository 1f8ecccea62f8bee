package inputs.retryafterignored;

import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Downloads the full client directory page by page for the BI warehouse. */
public class ClientDirectoryExportBacksOffOnServerErrorRange {

  private static final int MAX_ATTEMPTS = 5;

  private final OkHttpClient http;
  private final String baseUrl;
  private final String accessToken;

  public ClientDirectoryExportBacksOffOnServerErrorRange(OkHttpClient http, String baseUrl, String accessToken) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.accessToken = accessToken;
  }

  public String fetchPage(int companyId, int page) throws IOException, InterruptedException {
    Request request = new Request.Builder()
        .url(baseUrl + "/c/" + companyId + "/entities/clients?page=" + page + "&per_page=100")
        .header("Authorization", "Bearer " + accessToken)
        .get()
        .build();

    long backoffMs = 2_000L;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try (Response response = http.newCall(request).execute()) {
        int code = response.code();
        if (response.isSuccessful()) {
          return response.body().string();
        }
        if (attempt == MAX_ATTEMPTS) {
          throw new IOException("clients export failed after " + attempt + " attempts: HTTP " + code);
        }
        if (code == 429) {
          String retryAfter = response.header("Retry-After");
          // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
          long waitSeconds = retryAfter == null ? 5 : Long.parseLong(retryAfter.trim());
          Thread.sleep(waitSeconds * 1000L);
        } else if (code >= 500) {
          // server hiccup: plain exponential backoff
          // BUG: Diagnostic contains: RetryAfterIgnored
          Thread.sleep(backoffMs);
          backoffMs *= 2;
        } else {
          throw new IOException("clients export rejected: HTTP " + code + " " + response.body().string());
        }
      }
    }
    throw new IllegalStateException("unreachable");
  }
}
