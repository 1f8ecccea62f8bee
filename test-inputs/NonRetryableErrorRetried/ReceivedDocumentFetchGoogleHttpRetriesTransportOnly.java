package inputs.nonretryableerrorretried;

import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.http.HttpResponse;
import java.io.IOException;

/**
 * Fetches a received document from Fatture in Cloud over the Google HTTP Client. The request returns every
 * response instead of throwing, so the IOException caught and retried is a connection failure only; an error
 * status is reported to the caller.
 */
public class ReceivedDocumentFetchGoogleHttpRetriesTransportOnly {

  private static final int MAX_ATTEMPTS = 3;

  private final HttpRequestFactory requestFactory;

  public ReceivedDocumentFetchGoogleHttpRetriesTransportOnly(HttpRequestFactory requestFactory) {
    this.requestFactory = requestFactory;
  }

  public String fetch(int companyId, int documentId) throws IOException, InterruptedException {
    GenericUrl url =
        new GenericUrl(
            "https://api-v2.fattureincloud.it/c/" + companyId + "/received_documents/" + documentId);
    for (int attempt = 1; ; attempt++) {
      HttpResponse response;
      try {
        HttpRequest request = requestFactory.buildGetRequest(url);
        request.setThrowExceptionOnExecuteError(false);
        response = request.execute();
      } catch (IOException connectionFailure) {
        if (attempt == MAX_ATTEMPTS) {
          throw connectionFailure;
        }
        Thread.sleep(500L * attempt);
        continue;
      }
      if (!response.isSuccessStatusCode()) {
        throw new IOException(
            "Received document " + documentId + " failed with " + response.getStatusCode()
                + ": " + response.parseAsString());
      }
      return response.parseAsString();
    }
  }
}
