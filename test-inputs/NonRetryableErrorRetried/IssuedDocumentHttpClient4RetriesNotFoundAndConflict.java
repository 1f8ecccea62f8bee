package inputs.nonretryableerrorretried;

import java.io.IOException;
import org.apache.http.HttpStatus;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.util.EntityUtils;

/**
 * Fetches an issued document from the Fatture in Cloud REST API with Apache HttpClient 4 right after creating it: a
 * 404 or a 409 is taken for "not there yet" and the same GET is sent again, though both answers are final.
 */
public class IssuedDocumentHttpClient4RetriesNotFoundAndConflict {

  private static final int MAX_ATTEMPTS = 5;

  private final CloseableHttpClient client;
  private final String documentsUrl;

  public IssuedDocumentHttpClient4RetriesNotFoundAndConflict(CloseableHttpClient client, String documentsUrl) {
    this.client = client;
    this.documentsUrl = documentsUrl;
  }

  public String fetchDocument(int documentId) throws IOException {
    HttpGet get = new HttpGet(documentsUrl + "/" + documentId);
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      // BUG: Diagnostic contains: NonRetryableErrorRetried
      try (CloseableHttpResponse response = client.execute(get)) {
        int status = response.getStatusLine().getStatusCode();
        if (status == HttpStatus.SC_NOT_FOUND || status == HttpStatus.SC_CONFLICT) {
          EntityUtils.consume(response.getEntity());
          continue;
        }
        if (status != HttpStatus.SC_OK) {
          throw new IOException("Issued document " + documentId + " failed with HTTP " + status);
        }
        return EntityUtils.toString(response.getEntity());
      }
    }
    throw new IOException("Issued document " + documentId + " not found after " + MAX_ATTEMPTS + " attempts");
  }
}
