package inputs.nonretryableerrorretried;

import org.apache.http.HttpResponse;
import org.apache.http.HttpStatus;
import org.apache.http.impl.client.DefaultServiceUnavailableRetryStrategy;
import org.apache.http.protocol.HttpContext;

/**
 * Retry strategy of the Apache HttpClient 4 client behind the company's e-invoice gateway: it narrows
 * DefaultServiceUnavailableRetryStrategy to the gateway's own 502 and 504 answers, re-sent twice after two seconds;
 * every 4xx from the API ends the request.
 */
public class GatewayHttpClient4StrategyRetriesBadGatewayOnly extends DefaultServiceUnavailableRetryStrategy {

  private static final int MAX_RETRIES = 2;

  public GatewayHttpClient4StrategyRetriesBadGatewayOnly() {
    super(MAX_RETRIES, 2_000);
  }

  @Override
  public boolean retryRequest(HttpResponse response, int executionCount, HttpContext context) {
    int status = response.getStatusLine().getStatusCode();
    if (status != HttpStatus.SC_BAD_GATEWAY && status != HttpStatus.SC_GATEWAY_TIMEOUT) {
      return false;
    }
    return executionCount <= MAX_RETRIES;
  }
}
