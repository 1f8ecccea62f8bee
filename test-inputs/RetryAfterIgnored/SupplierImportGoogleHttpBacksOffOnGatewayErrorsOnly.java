package inputs.retryafterignored;

import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpBackOffUnsuccessfulResponseHandler;
import com.google.api.client.http.HttpBackOffUnsuccessfulResponseHandler.BackOffRequired;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.HttpStatusCodes;
import com.google.api.client.util.ExponentialBackOff;
import java.io.IOException;

/**
 * Imports the supplier list of a Fatture in Cloud company over the Google HTTP Client; only a bad gateway or a
 * gateway timeout of the proxy in front of the API is backed off (a rate limit surfaces to the scheduler, which
 * honours Retry-After).
 */
public class SupplierImportGoogleHttpBacksOffOnGatewayErrorsOnly {

  /** Back-off only for the proxy's 502 and 504: neither carries Retry-After. */
  static final class GatewayErrors implements BackOffRequired {
    @Override
    public boolean isRequired(HttpResponse response) {
      int status = response.getStatusCode();
      return status == HttpStatusCodes.STATUS_CODE_BAD_GATEWAY || status == 504;
    }
  }

  private final HttpRequestFactory requestFactory;
  private final int companyId;

  public SupplierImportGoogleHttpBacksOffOnGatewayErrorsOnly(HttpRequestFactory requestFactory, int companyId) {
    this.requestFactory = requestFactory;
    this.companyId = companyId;
  }

  public String suppliers() throws IOException {
    HttpRequest request =
        requestFactory.buildGetRequest(
            new GenericUrl("https://api-v2.fattureincloud.it/c/" + companyId + "/entities/suppliers"));
    request.setUnsuccessfulResponseHandler(
        new HttpBackOffUnsuccessfulResponseHandler(new ExponentialBackOff())
            .setBackOffRequired(new GatewayErrors()));
    return request.execute().parseAsString();
  }
}
