package inputs.retryafterignored;

import com.google.api.client.http.ByteArrayContent;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpBackOffIOExceptionHandler;
import com.google.api.client.http.HttpBackOffUnsuccessfulResponseHandler;
import com.google.api.client.http.HttpBackOffUnsuccessfulResponseHandler.BackOffRequired;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.util.ExponentialBackOff;
import java.io.IOException;

/**
 * Sends e-invoice XML files to the InvoiceXML conversion service with the Google HTTP Client; server errors are
 * re-sent after an exponential back-off.
 */
public class InvoiceXmlGoogleHttpBacksOffOnServerErrors {

  private final HttpRequestFactory requestFactory;
  private final GenericUrl convertUrl;

  public InvoiceXmlGoogleHttpBacksOffOnServerErrors(HttpRequestFactory requestFactory, String baseUrl) {
    this.requestFactory = requestFactory;
    this.convertUrl = new GenericUrl(baseUrl + "/v1/convert/pdf");
  }

  public byte[] convert(byte[] invoiceXml) throws IOException {
    HttpRequest request =
        requestFactory.buildPostRequest(convertUrl, new ByteArrayContent("application/xml", invoiceXml));
    ExponentialBackOff backOff =
        new ExponentialBackOff.Builder().setInitialIntervalMillis(500).setMaxElapsedTimeMillis(60_000).build();

    HttpBackOffUnsuccessfulResponseHandler responseHandler = new HttpBackOffUnsuccessfulResponseHandler(backOff);
    responseHandler.setBackOffRequired(BackOffRequired.ON_SERVER_ERROR);

    // BUG: Diagnostic contains: RetryAfterIgnored
    request.setUnsuccessfulResponseHandler(responseHandler);
    request.setIOExceptionHandler(new HttpBackOffIOExceptionHandler(backOff));

    HttpResponse response = request.execute();
    try {
      return response.getContent().readAllBytes();
    } finally {
      response.disconnect();
    }
  }
}
