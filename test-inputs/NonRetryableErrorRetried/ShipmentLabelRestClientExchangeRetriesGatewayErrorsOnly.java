package inputs.nonretryableerrorretried;

import org.springframework.web.client.RestClient;

/**
 * Shipment label printer: the exchange function answers the status, and only a gateway failure
 * (502, 504) of the carrier's proxy is re-sent with a growing delay; any other error ends the call
 * with the carrier's message.
 */
public class ShipmentLabelRestClientExchangeRetriesGatewayErrorsOnly {
  private final RestClient restClient;

  public ShipmentLabelRestClientExchangeRetriesGatewayErrorsOnly(RestClient restClient) {
    this.restClient = restClient;
  }

  public void requestLabel(String shipmentId) throws InterruptedException {
    long delay = 200;
    for (int attempt = 0; attempt < 3; attempt++) {
      int status =
          restClient
              .post()
              .uri("/shipments/{id}/label", shipmentId)
              .exchange((request, response) -> response.getStatusCode().value());
      if (status < 300) {
        return;
      }
      if (status != 502 && status != 504) {
        throw new IllegalStateException("label refused with status " + status);
      }
      Thread.sleep(delay);
      delay *= 2;
    }
    throw new IllegalStateException("carrier gateway unavailable");
  }
}
