package inputs.retryafterignored;

import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpBackOffUnsuccessfulResponseHandler;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.http.HttpStatusCodes;
import com.google.api.client.util.ExponentialBackOff;
import java.io.IOException;

/**
 * Pulls the client list of a Fatture in Cloud company over the Google HTTP Client for the nightly CRM sync; rate
 * limits and unavailability are backed off exponentially.
 */
public class ClientSyncGoogleHttpRetriesRateLimitsWithLambda {

  private static final int TOO_MANY_REQUESTS = 429;

  private final HttpRequestFactory requestFactory;
  private final int companyId;

  public ClientSyncGoogleHttpRetriesRateLimitsWithLambda(HttpRequestFactory requestFactory, int companyId) {
    this.requestFactory = requestFactory;
    this.companyId = companyId;
  }

  public String clientsPage(int page) throws IOException {
    HttpRequest request =
        requestFactory.buildGetRequest(
            new GenericUrl(
                "https://api-v2.fattureincloud.it/c/" + companyId + "/entities/clients?page=" + page));
    request.setNumberOfRetries(5);
    // BUG: Diagnostic contains: RetryAfterIgnored
    request.setUnsuccessfulResponseHandler(
        new HttpBackOffUnsuccessfulResponseHandler(new ExponentialBackOff())
            .setBackOffRequired(
                response ->
                    response.getStatusCode() == TOO_MANY_REQUESTS
                        || response.getStatusCode() == HttpStatusCodes.STATUS_CODE_SERVICE_UNAVAILABLE));
    return request.execute().parseAsString();
  }
}
