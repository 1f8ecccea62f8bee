package inputs.retryafterignored;

import java.io.IOException;
import java.util.Arrays;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Looks up a client by VAT number for the checkout form. */
public class ClientLookupOkHttpMatchesThrottlingCodesByStream {

  private static final int[] THROTTLING_CODES = {429, 503};

  private final OkHttpClient http;
  private final String baseUrl;

  public ClientLookupOkHttpMatchesThrottlingCodesByStream(OkHttpClient http, String baseUrl) {
    this.http = http;
    this.baseUrl = baseUrl;
  }

  public String findByVat(int companyId, String vatNumber) throws IOException, InterruptedException {
    Request request =
        new Request.Builder()
            .url(baseUrl + "/c/" + companyId + "/entities/clients?q=vat_number='" + vatNumber + "'")
            .get()
            .build();
    for (int attempt = 0; attempt < 5; attempt++) {
      try (Response response = http.newCall(request).execute()) {
        int status = response.code();
        if (response.isSuccessful()) {
          return response.body().string();
        }
        if (Arrays.stream(THROTTLING_CODES).noneMatch(code -> code == status)) {
          throw new IOException("client lookup failed: HTTP " + status);
        }
      }
      // BUG: Diagnostic contains: RetryAfterIgnored
      Thread.sleep(250L * (1L << attempt));
    }
    throw new IOException("client lookup still throttled");
  }
}
