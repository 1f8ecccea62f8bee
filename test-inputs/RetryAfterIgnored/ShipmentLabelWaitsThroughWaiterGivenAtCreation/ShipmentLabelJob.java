package inputs.retryafterignored.waiteratcreation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.concurrent.TimeUnit;

/** Creates the label client with a waiter that sleeps. */
public class ShipmentLabelJob {
  private final ShipmentLabelClient client =
      new ShipmentLabelClient(HttpClient.newHttpClient(), millis -> TimeUnit.MILLISECONDS.sleep(millis));

  public byte[] run(URI uri, String labelJson) throws IOException, InterruptedException {
    return client.print(uri, labelJson);
  }
}
