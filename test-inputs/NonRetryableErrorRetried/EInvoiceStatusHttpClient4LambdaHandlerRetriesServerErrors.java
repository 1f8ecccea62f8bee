package inputs.nonretryableerrorretried;

import java.io.IOException;
import org.apache.http.client.HttpResponseException;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.util.EntityUtils;

/**
 * Polls the delivery status of an e-invoice sent through InvoiceXML with Apache HttpClient 4 and a lambda
 * ResponseHandler that throws HttpResponseException for every error status; a 500, 502 or 504 is asked again, a
 * rejected or unknown e-invoice (4xx) is reported at once.
 */
public class EInvoiceStatusHttpClient4LambdaHandlerRetriesServerErrors {

  private final CloseableHttpClient client;
  private final String statusUrl;

  public EInvoiceStatusHttpClient4LambdaHandlerRetriesServerErrors(CloseableHttpClient client, String statusUrl) {
    this.client = client;
    this.statusUrl = statusUrl;
  }

  public String deliveryStatus(String invoiceId) throws IOException {
    HttpGet get = new HttpGet(statusUrl + "/" + invoiceId);
    HttpResponseException last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        // BUG: Diagnostic contains: RetryWithoutBackoff
        return client.execute(
            get,
            response -> {
              int status = response.getStatusLine().getStatusCode();
              if (status >= 300) {
                throw new HttpResponseException(status, "E-invoice status failed");
              }
              return EntityUtils.toString(response.getEntity());
            });
      } catch (HttpResponseException e) {
        int status = e.getStatusCode();
        if (status != 500 && status != 502 && status != 504) {
          throw e;
        }
        last = e;
      }
    }
    throw last;
  }
}
