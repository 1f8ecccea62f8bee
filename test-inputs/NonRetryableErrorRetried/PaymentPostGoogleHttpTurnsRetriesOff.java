package inputs.nonretryableerrorretried;

import com.google.api.client.http.ByteArrayContent;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpBackOffUnsuccessfulResponseHandler;
import com.google.api.client.http.HttpBackOffUnsuccessfulResponseHandler.BackOffRequired;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.util.ExponentialBackOff;
import java.io.IOException;

/**
 * Registers payments of Fatture in Cloud invoices with the bank gateway over the Google HTTP Client. The shared
 * back-off handler is installed for its logging, but a payment is never posted twice: retries are turned off.
 */
public class PaymentPostGoogleHttpTurnsRetriesOff {

  private final HttpRequestFactory requestFactory;
  private final GenericUrl paymentsUrl;

  public PaymentPostGoogleHttpTurnsRetriesOff(HttpRequestFactory requestFactory, String gatewayUrl) {
    this.requestFactory = requestFactory;
    this.paymentsUrl = new GenericUrl(gatewayUrl + "/payments");
  }

  public String register(String paymentJson) throws IOException {
    HttpRequest request =
        requestFactory.buildPostRequest(
            paymentsUrl, ByteArrayContent.fromString("application/json", paymentJson));
    request.setUnsuccessfulResponseHandler(
        new HttpBackOffUnsuccessfulResponseHandler(new ExponentialBackOff())
            .setBackOffRequired(BackOffRequired.ALWAYS));
    request.setNumberOfRetries(0);
    return request.execute().parseAsString();
  }
}
