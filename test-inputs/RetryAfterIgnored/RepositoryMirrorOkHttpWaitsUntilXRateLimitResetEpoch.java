package inputs.retryafterignored;

import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** X-RateLimit-Reset holds the epoch second the quota resets at: the loop waits until then. */
public class RepositoryMirrorOkHttpWaitsUntilXRateLimitResetEpoch {
  private final OkHttpClient client = new OkHttpClient();

  public String fetch(String url) throws IOException, InterruptedException {
    Request request = new Request.Builder().url(url).build();
    for (int attempt = 0; attempt < 3; attempt++) {
      try (Response response = client.newCall(request).execute()) {
        if (response.code() != 429) {
          return response.body().string();
        }
        long resetEpoch = Long.parseLong(response.header("X-RateLimit-Reset", "0"));
        Thread.sleep(Math.max(0, resetEpoch * 1000L - System.currentTimeMillis()));
      }
    }
    throw new IOException("still rate limited");
  }
}
