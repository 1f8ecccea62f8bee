package inputs.retryafterignored.injectedfixedpacer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;

/** Wires the client with the pacer of the package. */
public class DeliveryNoteArchiveJob {
  private final DeliveryNoteArchiveClient client = new DeliveryNoteArchiveClient(HttpClient.newHttpClient(), new ThreadSleepPacer());

  public String run(URI uri) throws IOException, InterruptedException {
    return client.download(uri);
  }
}
