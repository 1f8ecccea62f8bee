package inputs.nonretryableerrorretried;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Lists the companies a stored access token can work on, for the account-linking screen. */
public class CompanyListResendsExpiredTokenOn401 {

  private static final URI COMPANIES = URI.create("https://api-v2.fattureincloud.it/user/companies");
  private static final int MAX_ATTEMPTS = 3;

  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10))
      .build();

  public String companies(String accessToken) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(COMPANIES)
        .header("Authorization", "Bearer " + accessToken)
        .header("Accept", "application/json")
        .GET()
        .build();

    HttpResponse<String> response;
    int attempts = 0;
    do {
      // BUG: Diagnostic contains: NonRetryableErrorRetried
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
      attempts++;
    } while (response.statusCode() == 401 && attempts < MAX_ATTEMPTS);

    if (response.statusCode() != 200) {
      throw new IOException("GET /user/companies failed: HTTP " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }
}
