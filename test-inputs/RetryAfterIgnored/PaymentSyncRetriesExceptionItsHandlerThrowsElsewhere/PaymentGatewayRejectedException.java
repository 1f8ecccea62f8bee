package inputs.retryafterignored.handlerelsewhere;

/** The payment gateway rejected the request: another attempt fails the same way. */
public class PaymentGatewayRejectedException extends RuntimeException {
  public PaymentGatewayRejectedException(int status, String body) {
    super("payment gateway rejected the request (" + status + "): " + body);
  }
}
