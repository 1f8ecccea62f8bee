package inputs.retryafterignored.injectedpacer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;

/** Wires the client with the pacer of the package. */
public class DeliveryNoteDownloadJob {
  private final DeliveryNoteDownloadClient client = new DeliveryNoteDownloadClient(HttpClient.newHttpClient(), new SleepingPacer());

  public String run(URI uri) throws IOException, InterruptedException {
    return client.download(uri);
  }
}
