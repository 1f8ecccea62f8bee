package inputs.nonretryableerrorretried;

import com.google.api.client.http.ByteArrayContent;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpBackOffUnsuccessfulResponseHandler;
import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.util.ExponentialBackOff;
import java.io.IOException;

/**
 * Relays Fatture in Cloud webhook events to the customer's endpoint over the Google HTTP Client; the request factory
 * backs off and re-posts every failed delivery, a 400 or a 410 from the endpoint included.
 */
public class WebhookRelayGoogleHttpInitializerBacksOffAlways {

  private final HttpRequestFactory requestFactory;

  public WebhookRelayGoogleHttpInitializerBacksOffAlways(HttpTransport transport) {
    this.requestFactory =
        transport.createRequestFactory(
            request ->
                // BUG: Diagnostic contains: NonRetryableErrorRetried
                // BUG: Diagnostic contains: RetryAfterIgnored
                request.setUnsuccessfulResponseHandler(
                    new HttpBackOffUnsuccessfulResponseHandler(new ExponentialBackOff())
                        .setBackOffRequired(response -> !response.isSuccessStatusCode())));
  }

  public void relay(String endpoint, String eventJson) throws IOException {
    requestFactory
        .buildPostRequest(new GenericUrl(endpoint), ByteArrayContent.fromString("application/json", eventJson))
        .execute()
        .disconnect();
  }
}
