package inputs.nonretryableerrorretried.injectedgatewaydecider;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;

/** Wires the stock syncer with the package's decider. */
public class StockSyncJob {
  private final StockSyncer syncer =
      new StockSyncer(HttpClient.newHttpClient(), new GatewayFailureDecider());

  public String run(URI uri, String stockJson) throws IOException, InterruptedException {
    return syncer.sync(uri, stockJson);
  }
}
