package inputs.retryafterignored;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.Socket;

/**
 * Sends a sale to a card payment terminal over its own socket protocol. The terminal SDK's
 * exception carries the terminal's result code (not an HTTP status); a busy terminal or a
 * communication time-out is tried again after the SDK's back-off.
 */
public class PaymentTerminalRetriesBusyResultCodesOnOwnBackoff {

  static final int RESULT_TERMINAL_BUSY = 5;
  static final int RESULT_COMMUNICATION_TIMEOUT = 12;
  static final int RESULT_CARD_DECLINED = 51;

  /** The terminal SDK's failure: the result code the terminal answered. */
  public static class TerminalException extends RuntimeException {
    private final int responseCode;

    public TerminalException(String message, int responseCode) {
      super(message);
      this.responseCode = responseCode;
    }

    public int getResponseCode() {
      return responseCode;
    }
  }

  /** The terminal's answer to a command that succeeded. */
  public static class TerminalResponse {
    private final String authorizationCode;

    TerminalResponse(String authorizationCode) {
      this.authorizationCode = authorizationCode;
    }

    public String getAuthorizationCode() {
      return authorizationCode;
    }
  }

  private final String host;
  private final int port;
  private final TerminalBackoff backoff;

  public PaymentTerminalRetriesBusyResultCodesOnOwnBackoff(
      String host, int port, TerminalBackoff backoff) {
    this.host = host;
    this.port = port;
    this.backoff = backoff;
  }

  public String sale(long amountInCents, int maxAttempts) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        TerminalResponse response = sendCommand("SALE " + amountInCents);
        return response.getAuthorizationCode();
      } catch (TerminalException e) {
        boolean busy =
            e.getResponseCode() == RESULT_TERMINAL_BUSY
                || e.getResponseCode() == RESULT_COMMUNICATION_TIMEOUT;
        if (!busy || attempt >= maxAttempts) {
          throw e;
        }
        backoff.waitBackoff();
      }
    }
  }

  private TerminalResponse sendCommand(String command) {
    try (Socket socket = new Socket(host, port);
        DataOutputStream out = new DataOutputStream(socket.getOutputStream());
        DataInputStream in = new DataInputStream(socket.getInputStream())) {
      out.writeUTF(command);
      int result = in.readInt();
      String text = in.readUTF();
      if (result != 0) {
        throw new TerminalException("terminal refused the command: " + text, result);
      }
      return new TerminalResponse(text);
    } catch (IOException e) {
      throw new TerminalException("terminal unreachable", RESULT_COMMUNICATION_TIMEOUT);
    }
  }
}

/** The terminal SDK's back-off between commands. */
class TerminalBackoff {
  private long delayMillis = 200;

  void waitBackoff() throws InterruptedException {
    Thread.sleep(delayMillis);
    delayMillis = Math.min(delayMillis * 2, 5_000);
  }
}
