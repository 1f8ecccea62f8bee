package inputs.retrywithoutbackoff.doublingwaiter;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;

/** Creates the client with a waiter that sleeps. */
public class TaxReturnJob {
  private final TaxReturnClient client = new TaxReturnClient(HttpClient.newHttpClient(), millis -> Thread.sleep(millis));

  public String run(URI uri, String json) throws IOException, InterruptedException {
    return client.submit(uri, json);
  }
}
