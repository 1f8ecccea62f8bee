package inputs.retryafterignored;

import com.google.api.client.http.ExponentialBackOffPolicy;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestFactory;
import java.io.IOException;

/**
 * Lists the companies a Fatture in Cloud user can reach, in a legacy module that still configures the Google HTTP
 * Client's deprecated back-off policy (500 and 503 are re-sent after an exponential interval).
 */
public class CompanyListGoogleHttpDeprecatedBackOffPolicy {

  private final HttpRequestFactory requestFactory;

  public CompanyListGoogleHttpDeprecatedBackOffPolicy(HttpRequestFactory requestFactory) {
    this.requestFactory = requestFactory;
  }

  @SuppressWarnings("deprecation")
  public String companies() throws IOException {
    HttpRequest request =
        requestFactory.buildGetRequest(new GenericUrl("https://api-v2.fattureincloud.it/user/companies"));
    // BUG: Diagnostic contains: RetryAfterIgnored
    request.setBackOffPolicy(new ExponentialBackOffPolicy());
    return request.execute().parseAsString();
  }
}
