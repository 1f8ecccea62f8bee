package parityinputs;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ClientsApi;
import it.fattureincloud.sdk.model.GetClientResponse;

/**
 * A boolean helper given a caller's local, and given the call itself: both bind the helper's parameter to the status,
 * so both retry only 502 and 503, and only the fixed wait after a possible 503 is a finding.
 */
public class BindQuirk {
  private final ClientsApi clients = new ClientsApi(new ApiClient());

  private static boolean isTransient(int status) {
    return status == 503 || status == 502;
  }

  public GetClientResponse viaLocal(int id) throws ApiException, InterruptedException {
    for (int attempt = 0; ; attempt++) {
      try {
        return clients.getClient(1, id, null, null);
      } catch (ApiException e) {
        int status = e.getCode();
        if (!isTransient(status) || attempt > 3) {
          throw e;
        }
        // BUG: Diagnostic contains: RetryAfterIgnored
        // BUG: Diagnostic contains: RetryWithoutBackoff
        Thread.sleep(100);
      }
    }
  }

  public GetClientResponse viaCall(int id) throws ApiException, InterruptedException {
    for (int attempt = 0; ; attempt++) {
      try {
        return clients.getClient(1, id, null, null);
      } catch (ApiException e) {
        if (!isTransient(e.getCode()) || attempt > 3) {
          throw e;
        }
        // BUG: Diagnostic contains: RetryAfterIgnored
        // BUG: Diagnostic contains: RetryWithoutBackoff
        Thread.sleep(100);
      }
    }
  }
}
