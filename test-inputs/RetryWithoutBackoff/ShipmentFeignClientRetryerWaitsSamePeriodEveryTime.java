package inputs.retrywithoutbackoff;

import feign.Feign;
import feign.Param;
import feign.RequestLine;
import feign.Retryer;

/**
 * Builds the Feign client of the shipping service. Its Retryer.Default has a period equal to its maximum period, so
 * every connection failure is re-sent after the same two minutes, attempt after attempt.
 */
public class ShipmentFeignClientRetryerWaitsSamePeriodEveryTime {

  private static final long PERIOD_MILLIS = 120_000L;

  /** The shipment tracking endpoint. */
  public interface ShipmentsApi {
    @RequestLine("GET /shipments/{trackingNumber}")
    String shipment(@Param("trackingNumber") String trackingNumber);
  }

  public ShipmentsApi shipments(String baseUrl) {
    return Feign.builder()
        // BUG: Diagnostic contains: RetryWithoutBackoff
        .retryer(new Retryer.Default(PERIOD_MILLIS, PERIOD_MILLIS, 5))
        .target(ShipmentsApi.class, baseUrl);
  }
}
