package inputs.nonretryableerrorretried.injectedgatewaydecider;

/** Which failed statuses are worth sending again. */
public interface GatewayRetryDecider {
  boolean shouldRetry(int status);
}
