package inputs.retryafterignored;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Response;

/** Asks the payment gateway whether an invoice has been paid. */
public class PaymentStatusPollerJaxRsBacksOffOnServerFamily {

  private static final int MAX_ATTEMPTS = 4;

  private final Client client;
  private final String gatewayUrl;

  public PaymentStatusPollerJaxRsBacksOffOnServerFamily(Client client, String gatewayUrl) {
    this.client = client;
    this.gatewayUrl = gatewayUrl;
  }

  public String paymentState(String invoiceNumber) throws InterruptedException {
    long backoffMillis = 500L;
    for (int attempt = 1; ; attempt++) {
      Invocation.Builder request =
          client.target(gatewayUrl).path("payments").queryParam("invoice", invoiceNumber).request();
      Response response = request.get();
      try {
        boolean busy =
            response.getStatusInfo().getFamily() == Response.Status.Family.SERVER_ERROR
                || response.getStatus() == Response.Status.TOO_MANY_REQUESTS.getStatusCode();
        if (busy && attempt < MAX_ATTEMPTS) {
          // BUG: Diagnostic contains: RetryAfterIgnored
          Thread.sleep(backoffMillis);
          backoffMillis *= 2;
          continue;
        }
        if (response.getStatus() != 200) {
          throw new IllegalStateException("payment gateway answered " + response.getStatus());
        }
        return response.readEntity(String.class);
      } finally {
        response.close();
      }
    }
  }
}
