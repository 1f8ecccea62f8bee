package inputs.retryafterignored.injectedbackoff;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;

/** Wires the invoice pusher with the back-off that honours Retry-After. */
public class InvoicePushJob {
  private final InvoicePusher pusher =
      new InvoicePusher(HttpClient.newHttpClient(), new RetryAfterBackoff());

  public String run(URI uri, String invoiceJson) throws IOException, InterruptedException {
    return pusher.push(uri, invoiceJson);
  }
}
