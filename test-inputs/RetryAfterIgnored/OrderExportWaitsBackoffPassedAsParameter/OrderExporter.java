package inputs.retryafterignored.parameterbackoff;

import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Exports orders; the caller chooses how a throttled export waits. */
public class OrderExporter {
  private final OkHttpClient http = new OkHttpClient();

  public String export(String url, ExportBackoff backoff) throws IOException, InterruptedException {
    Request request = new Request.Builder().url(url).build();
    for (int attempt = 1; attempt <= 4; attempt++) {
      try (Response response = http.newCall(request).execute()) {
        if (response.code() != 429) {
          return response.body().string();
        }
        Thread.sleep(backoff.waitMillis(response, attempt));
      }
    }
    throw new IOException("order export still throttled");
  }
}
