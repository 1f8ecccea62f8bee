package inputs.nonretryableerrorretried.injecteddecider;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;

/** Wires the receipt syncer with the package's decider. */
public class ReceiptSyncJob {
  private final ReceiptSyncer syncer =
      new ReceiptSyncer(HttpClient.newHttpClient(), new ConflictAndGatewayDecider());

  public String run(URI uri, String receiptJson) throws IOException, InterruptedException {
    return syncer.sync(uri, receiptJson);
  }
}
