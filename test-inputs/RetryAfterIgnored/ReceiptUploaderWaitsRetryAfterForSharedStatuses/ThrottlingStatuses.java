package inputs.retryafterignored.sharedstatuseswithretryafter;

import java.util.Set;

/** The statuses the API answers when a client must slow down. */
final class ThrottlingStatuses {

  static final Set<Integer> CODES = Set.of(429, 503);

  private ThrottlingStatuses() {}
}
