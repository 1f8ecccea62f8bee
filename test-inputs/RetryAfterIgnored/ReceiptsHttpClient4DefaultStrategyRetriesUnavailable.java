package inputs.retryafterignored;

import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.DefaultServiceUnavailableRetryStrategy;
import org.apache.http.impl.client.HttpClients;

/**
 * Builds the Apache HttpClient 4 client that uploads receipts to Fatture in Cloud: a 503 is re-sent up to three times
 * one second apart by DefaultServiceUnavailableRetryStrategy, which never reads the Retry-After the API sends with it.
 */
public class ReceiptsHttpClient4DefaultStrategyRetriesUnavailable {

  private static final int MAX_RETRIES = 3;
  private static final int RETRY_INTERVAL_MILLIS = 1_000;

  public CloseableHttpClient receiptClient() {
    RequestConfig timeouts =
        RequestConfig.custom().setConnectTimeout(5_000).setSocketTimeout(30_000).build();
    return HttpClients.custom()
        .setDefaultRequestConfig(timeouts)
        // BUG: Diagnostic contains: RetryAfterIgnored
        // BUG: Diagnostic contains: RetryWithoutBackoff
        .setServiceUnavailableRetryStrategy(new DefaultServiceUnavailableRetryStrategy(MAX_RETRIES, RETRY_INTERVAL_MILLIS))
        .build();
  }
}
