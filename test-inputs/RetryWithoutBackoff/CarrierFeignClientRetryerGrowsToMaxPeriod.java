package inputs.retrywithoutbackoff;

import feign.Feign;
import feign.Param;
import feign.RequestLine;
import feign.Retryer;

/**
 * Builds the Feign client of the carrier directory. Retryer.Default waits one second after the first failure and
 * half as long again after each next one, up to two minutes (which also waits out a rate limit's Retry-After).
 */
public class CarrierFeignClientRetryerGrowsToMaxPeriod {

  /** The carrier directory endpoint. */
  public interface CarriersApi {
    @RequestLine("GET /carriers/{code}")
    String carrier(@Param("code") String code);
  }

  public CarriersApi carriers(String baseUrl) {
    return Feign.builder()
        .retryer(new Retryer.Default(1_000L, 120_000L, 5))
        .target(CarriersApi.class, baseUrl);
  }
}
