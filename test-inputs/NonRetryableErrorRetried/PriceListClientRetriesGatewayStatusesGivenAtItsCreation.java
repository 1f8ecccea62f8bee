package inputs.nonretryableerrorretried;

import java.io.IOException;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Reads supplier price lists for the purchasing team; the statuses it retries are given when it is built. */
public class PriceListClientRetriesGatewayStatusesGivenAtItsCreation {

  private final OkHttpClient http;
  private final List<Integer> retried;

  PriceListClientRetriesGatewayStatusesGivenAtItsCreation(OkHttpClient http, List<Integer> retried) {
    this.http = http;
    this.retried = retried;
  }

  static PriceListClientRetriesGatewayStatusesGivenAtItsCreation standard(OkHttpClient http) {
    return new PriceListClientRetriesGatewayStatusesGivenAtItsCreation(http, List.of(502, 504));
  }

  static PriceListClientRetriesGatewayStatusesGivenAtItsCreation patient(OkHttpClient http) {
    return new PriceListClientRetriesGatewayStatusesGivenAtItsCreation(http, List.of(500, 502, 504));
  }

  public String priceList(String url) throws IOException, InterruptedException {
    Request request = new Request.Builder().url(url).get().build();
    for (int attempt = 1; ; attempt++) {
      try (Response response = http.newCall(request).execute()) {
        if (response.isSuccessful()) {
          return response.body().string();
        }
        if (attempt == 4 || !retried.contains(response.code())) {
          throw new IOException("price list: HTTP " + response.code());
        }
      }
      Thread.sleep(2_000L * attempt);
    }
  }
}
