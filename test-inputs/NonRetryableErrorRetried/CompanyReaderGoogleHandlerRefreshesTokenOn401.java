package inputs.nonretryableerrorretried;

import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.HttpStatusCodes;
import com.google.api.client.http.HttpUnsuccessfulResponseHandler;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * Unsuccessful-response handler of the Google HTTP Client that reads company details from Fatture in Cloud: a 401
 * gets a fresh OAuth access token before the request is sent again; every other failure is left to the caller.
 */
public class CompanyReaderGoogleHandlerRefreshesTokenOn401 implements HttpUnsuccessfulResponseHandler {

  private final Supplier<String> tokenSource;
  private volatile String accessToken;

  public CompanyReaderGoogleHandlerRefreshesTokenOn401(Supplier<String> tokenSource) {
    this.tokenSource = tokenSource;
    this.accessToken = tokenSource.get();
  }

  @Override
  public boolean handleResponse(HttpRequest request, HttpResponse response, boolean supportsRetry)
      throws IOException {
    if (response.getStatusCode() != HttpStatusCodes.STATUS_CODE_UNAUTHORIZED) {
      return false;
    }
    refreshAccessToken();
    request.getHeaders().setAuthorization("Bearer " + accessToken);
    return supportsRetry;
  }

  private void refreshAccessToken() {
    accessToken = tokenSource.get();
  }
}
