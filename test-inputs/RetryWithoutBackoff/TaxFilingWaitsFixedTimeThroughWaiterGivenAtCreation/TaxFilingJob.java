package inputs.retrywithoutbackoff.fixedwaiter;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;

/** Creates the client with a waiter that sleeps. */
public class TaxFilingJob {
  private final TaxFilingClient client = new TaxFilingClient(HttpClient.newHttpClient(), millis -> Thread.sleep(millis));

  public String run(URI uri, String json) throws IOException, InterruptedException {
    return client.submit(uri, json);
  }
}
