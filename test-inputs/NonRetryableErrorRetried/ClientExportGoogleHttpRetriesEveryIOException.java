package inputs.nonretryableerrorretried;

import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequestFactory;
import java.io.IOException;

/**
 * Exports the clients of a Fatture in Cloud company over the Google HTTP Client; any IOException is retried after
 * a pause, and HttpResponseException (a 404, a 401) is one.
 */
public class ClientExportGoogleHttpRetriesEveryIOException {

  private static final int MAX_ATTEMPTS = 3;

  private final HttpRequestFactory requestFactory;
  private final GenericUrl clientsUrl;

  public ClientExportGoogleHttpRetriesEveryIOException(HttpRequestFactory requestFactory, int companyId) {
    this.requestFactory = requestFactory;
    this.clientsUrl = new GenericUrl("https://api-v2.fattureincloud.it/c/" + companyId + "/entities/clients");
  }

  public String exportClients() throws IOException, InterruptedException {
    IOException last = null;
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      try {
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        return requestFactory.buildGetRequest(clientsUrl).execute().parseAsString();
      } catch (IOException e) {
        last = e;
        // BUG: Diagnostic contains: RetryAfterIgnored
        // BUG: Diagnostic contains: RetryWithoutBackoff
        Thread.sleep(2_000);
      }
    }
    throw last;
  }
}
