package inputs.nonretryableerrorretried;

import java.io.IOException;
import org.apache.http.client.HttpResponseException;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.BasicResponseHandler;
import org.apache.http.impl.client.CloseableHttpClient;

/**
 * Exports the clients of a Fatture in Cloud company with Apache HttpClient 4's BasicResponseHandler: any error
 * status (HttpResponseException) except a 429 or a 503 is logged and the export is requested again at once.
 */
public class ClientExportHttpClient4HandlerRetriesEveryErrorResponse {

  private final CloseableHttpClient client;
  private final String exportUrl;

  public ClientExportHttpClient4HandlerRetriesEveryErrorResponse(CloseableHttpClient client, String exportUrl) {
    this.client = client;
    this.exportUrl = exportUrl;
  }

  public String exportClients() throws IOException {
    HttpGet get = new HttpGet(exportUrl);
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        // BUG: Diagnostic contains: RetryWithoutBackoff
        return client.execute(get, new BasicResponseHandler());
      } catch (HttpResponseException e) {
        if (e.getStatusCode() == 429 || e.getStatusCode() == 503) {
          throw e;
        }
        System.err.println("Client export failed with HTTP " + e.getStatusCode() + ", trying again");
      }
    }
    throw new IOException("Client export failed three times");
  }
}
