package inputs.nonretryableerrorretried;

import java.io.IOException;
import org.apache.http.HttpResponse;
import org.apache.http.HttpStatus;
import org.apache.http.client.HttpResponseException;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.util.EntityUtils;

/**
 * Reads stock levels from the Fatture in Cloud REST API with Apache HttpClient 4 and a ResponseHandler of its own that
 * throws HttpResponseException for every error status; only a 502 or a 504 from the gateway is asked again, any other
 * error (a rejected token, a missing product) ends the read.
 */
public class StockLevelsHttpClient4RetriesGatewayErrorsOnly {

  private static final int MAX_ATTEMPTS = 3;

  private final CloseableHttpClient client;
  private final String stockUrl;

  public StockLevelsHttpClient4RetriesGatewayErrorsOnly(CloseableHttpClient client, String stockUrl) {
    this.client = client;
    this.stockUrl = stockUrl;
  }

  public String readStockLevels() throws IOException {
    HttpGet get = new HttpGet(stockUrl);
    for (int attempt = 1; ; attempt++) {
      try {
        // BUG: Diagnostic contains: RetryWithoutBackoff
        return client.execute(get, this::bodyOrError);
      } catch (HttpResponseException e) {
        boolean gateway =
            e.getStatusCode() == HttpStatus.SC_BAD_GATEWAY || e.getStatusCode() == HttpStatus.SC_GATEWAY_TIMEOUT;
        if (!gateway || attempt >= MAX_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private String bodyOrError(HttpResponse response) throws IOException {
    int status = response.getStatusLine().getStatusCode();
    String body = response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity());
    if (status >= 300) {
      throw new HttpResponseException(status, body);
    }
    return body;
  }
}
