package inputs.nonretryableerrorretried.injectedgatewaydecider;

/** Sends again only what a gateway in front of the API fails with. */
public class GatewayFailureDecider implements GatewayRetryDecider {
  @Override
  public boolean shouldRetry(int status) {
    return status == 500 || status == 502 || status == 504;
  }
}
