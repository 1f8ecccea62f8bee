package inputs.nonretryableerrorretried.injecteddecider;

/** Sends conflicts again, as if another writer would soon be done, and gateway failures. */
public class ConflictAndGatewayDecider implements RetryDecider {
  @Override
  public boolean shouldRetry(int status) {
    return status == 409 || status == 500 || status == 502 || status == 504;
  }
}
