package inputs.retryafterignored.handlerelsewhere;

/** The payment gateway is throttling or unavailable: worth another attempt later. */
public class PaymentGatewayBusyException extends RuntimeException {
  private final int status;

  public PaymentGatewayBusyException(int status, String body) {
    super("payment gateway busy (" + status + "): " + body);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
