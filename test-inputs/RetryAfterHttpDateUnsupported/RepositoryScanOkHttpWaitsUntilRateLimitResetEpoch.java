package inputs.retryafterhttpdateunsupported;

import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** X-RateLimit-Reset is an epoch second by definition: parsing it as a number is right. */
public class RepositoryScanOkHttpWaitsUntilRateLimitResetEpoch {
  private final OkHttpClient client = new OkHttpClient();

  public String fetch(String url) throws IOException, InterruptedException {
    Request request = new Request.Builder().url(url).build();
    try (Response response = client.newCall(request).execute()) {
      if (response.code() == 429 || response.code() == 403) {
        String reset = response.header("X-RateLimit-Reset");
        if (reset == null) {
          throw new IOException("repository scan refused: HTTP " + response.code());
        }
        long millis = Long.parseLong(reset) * 1000L - System.currentTimeMillis();
        Thread.sleep(Math.max(0, millis));
      } else {
        return response.body().string();
      }
    }
    try (Response again = client.newCall(request).execute()) {
      return again.body().string();
    }
  }
}
