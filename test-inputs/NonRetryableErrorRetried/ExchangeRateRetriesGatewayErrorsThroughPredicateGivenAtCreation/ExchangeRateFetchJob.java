package inputs.nonretryableerrorretried.gatewaypredicateatcreation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;

/** Creates the fetcher with the statuses it may send again. */
public class ExchangeRateFetchJob {
  private final ExchangeRateFetcher fetcher = new ExchangeRateFetcher(HttpClient.newHttpClient(), status -> status == 502 || status == 504);

  public String run(URI uri) throws IOException, InterruptedException {
    return fetcher.fetch(uri);
  }
}
