package inputs.nonretryable;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Asks the company endpoint which company a stored access token belongs to. */
public class TokenIntrospectionResends401 {
  private final HttpClient http = HttpClient.newHttpClient();

  public String currentCompany(String accessToken) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("https://api-v2.fattureincloud.it/user/companies"))
        .header("Authorization", "Bearer " + accessToken)
        .GET()
        .build();
    HttpResponse<String> response;
    int attempts = 0;
    do {
      // The same expired token goes out again: a 401 cannot turn into a 200 this way.
      // BUG: Diagnostic contains: NonRetryableErrorRetried
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
      attempts++;
    } while (response.statusCode() == 401 && attempts < 3);
    if (response.statusCode() != 200) {
      throw new IOException("companies: HTTP " + response.statusCode());
    }
    return response.body();
  }
}
