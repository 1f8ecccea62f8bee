package inputs.retryafterignored;

import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ClientsApi;
import it.fattureincloud.sdk.model.Client;
import it.fattureincloud.sdk.model.CreateClientRequest;
import org.springframework.retry.annotation.Recover;
import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Service;

/**
 * Pushes CRM customers into the Fatture in Cloud address book. {@code @Retryable} without exception types retries
 * every failure after Spring Retry's default one-second pause: a 429 ignores the Retry-After header and a 422 for an
 * invalid VAT number is sent again. The recovery only parks the customer.
 */
@Service
public class ClientSyncRetriesEveryApiExceptionWithSpringRetry {

  private final ClientsApi clientsApi;
  private final int companyId;

  public ClientSyncRetriesEveryApiExceptionWithSpringRetry(ClientsApi clientsApi, int companyId) {
    this.clientsApi = clientsApi;
    this.companyId = companyId;
  }

  // BUG: Diagnostic contains: RetryAfterIgnored
  // BUG: Diagnostic contains: NonRetryableErrorRetried
  @Retryable(maxAttempts = 5)
  public Integer pushCustomer(Client customer) throws ApiException {
    return clientsApi.createClient(companyId, new CreateClientRequest().data(customer)).getData().getId();
  }

  @Recover
  public Integer parkCustomer(ApiException e, Client customer) {
    System.err.println("Customer " + customer.getName() + " parked after HTTP " + e.getCode());
    return null;
  }
}
