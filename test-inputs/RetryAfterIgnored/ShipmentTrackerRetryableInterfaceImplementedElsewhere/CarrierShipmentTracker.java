package inputs.retryafterignored.retryableinterface;

import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

/** Asks the carrier's REST API; the retry comes from the interface's annotation. */
@Service
public class CarrierShipmentTracker implements ShipmentTracker {

  private final RestTemplate carrierApi;

  public CarrierShipmentTracker(RestTemplate carrierApi) {
    this.carrierApi = carrierApi;
  }

  @Override
  public TrackingStatus status(String trackingNumber) {
    return carrierApi.getForObject("/v2/parcels/{number}/status", TrackingStatus.class, trackingNumber);
  }
}
