package inputs.nonretryableerrorretried;

import com.google.api.client.http.ByteArrayContent;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpBackOffUnsuccessfulResponseHandler;
import com.google.api.client.http.HttpBackOffUnsuccessfulResponseHandler.BackOffRequired;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.util.ExponentialBackOff;
import java.io.IOException;

/**
 * Pushes issued documents to the accounting bridge of a Fatture in Cloud integration over the Google HTTP Client;
 * every error status is backed off, so a 422 for an invalid document is posted again unchanged.
 */
public class DocumentPushGoogleHttpBacksOffClientErrorsInAnonymousClass {

  private final HttpRequestFactory requestFactory;
  private final GenericUrl documentsUrl;

  public DocumentPushGoogleHttpBacksOffClientErrorsInAnonymousClass(HttpRequestFactory requestFactory, String bridgeUrl) {
    this.requestFactory = requestFactory;
    this.documentsUrl = new GenericUrl(bridgeUrl + "/documents");
  }

  public void push(String documentJson) throws IOException {
    HttpRequest request =
        requestFactory.buildPostRequest(documentsUrl, ByteArrayContent.fromString("application/json", documentJson));
    HttpBackOffUnsuccessfulResponseHandler handler =
        new HttpBackOffUnsuccessfulResponseHandler(new ExponentialBackOff())
            .setBackOffRequired(
                new BackOffRequired() {
                  @Override
                  public boolean isRequired(HttpResponse response) {
                    return response.getStatusCode() >= 400;
                  }
                });
    // BUG: Diagnostic contains: NonRetryableErrorRetried
    // BUG: Diagnostic contains: RetryAfterIgnored
    request.setUnsuccessfulResponseHandler(handler);
    request.execute().disconnect();
  }
}
