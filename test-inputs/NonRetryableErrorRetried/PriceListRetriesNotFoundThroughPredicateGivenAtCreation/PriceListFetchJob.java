package inputs.nonretryableerrorretried.predicateatcreation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;

/** Creates the fetcher with the statuses it may send again. */
public class PriceListFetchJob {
  private final PriceListFetcher fetcher = new PriceListFetcher(HttpClient.newHttpClient(), status -> status == 404 || status == 502 || status == 504);

  public String run(URI uri) throws IOException, InterruptedException {
    return fetcher.fetch(uri);
  }
}
