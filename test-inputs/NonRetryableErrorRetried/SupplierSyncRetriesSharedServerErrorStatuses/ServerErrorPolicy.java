package inputs.nonretryableerrorretried.sharedservererrors;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The gateway failures after which a supplier push is tried again. */
final class ServerErrorPolicy {

  enum GatewayFailure {
    INTERNAL(500),
    BAD_GATEWAY(502),
    GATEWAY_TIMEOUT(504);

    final int status;

    GatewayFailure(int status) {
      this.status = status;
    }
  }

  static final Set<Integer> TRANSIENT =
      EnumSet.allOf(GatewayFailure.class).stream().map(f -> f.status).collect(Collectors.toSet());

  static final int[] TRANSIENT_CODES = {500, 502, 504};

  private ServerErrorPolicy() {}
}
