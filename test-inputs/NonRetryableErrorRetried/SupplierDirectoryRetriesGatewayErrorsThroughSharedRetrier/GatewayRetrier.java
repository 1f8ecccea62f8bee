package inputs.nonretryableerrorretried.gatewayretrier;

import java.util.function.Supplier;
import org.springframework.web.client.HttpServerErrorException;

/** Sends again when the gateway in front of a service failed: bad gateway and gateway timeout. */
public class GatewayRetrier {

  private final int maxAttempts;
  private final long pauseMillis;

  public GatewayRetrier(int maxAttempts, long pauseMillis) {
    this.maxAttempts = maxAttempts;
    this.pauseMillis = pauseMillis;
  }

  public <T> T call(Supplier<T> request) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        return request.get();
      } catch (HttpServerErrorException e) {
        if (!isGatewayFailure(e.getStatusCode().value()) || attempt >= maxAttempts) {
          throw e;
        }
        Thread.sleep(pauseMillis);
      }
    }
  }

  private static boolean isGatewayFailure(int status) {
    return status == 502 || status == 504;
  }
}
