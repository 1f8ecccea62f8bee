package inputs.nonretryable;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Supplier;

/** Reads the user's companies; an expired token is refreshed once before the request goes out again. */
public class CompanyReaderRefreshesTokenBeforeRetrying401 {
  private final HttpClient http = HttpClient.newHttpClient();
  private final Supplier<String> refresher;
  private String accessToken;

  public CompanyReaderRefreshesTokenBeforeRetrying401(String accessToken, Supplier<String> refresher) {
    this.accessToken = accessToken;
    this.refresher = refresher;
  }

  public String companies() throws IOException, InterruptedException {
    boolean refreshed = false;
    while (true) {
      HttpRequest request = HttpRequest.newBuilder(URI.create("https://api-v2.fattureincloud.it/user/companies"))
          .header("Authorization", "Bearer " + accessToken)
          .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 401 && !refreshed) {
        refreshAccessToken();
        refreshed = true;
        continue;
      }
      if (response.statusCode() != 200) {
        throw new IOException("companies: HTTP " + response.statusCode() + " " + response.body());
      }
      return response.body();
    }
  }

  private void refreshAccessToken() {
    accessToken = refresher.get();
  }
}
