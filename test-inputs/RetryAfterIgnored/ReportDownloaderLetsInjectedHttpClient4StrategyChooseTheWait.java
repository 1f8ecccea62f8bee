package inputs.retryafterignored;

import java.io.IOException;
import java.io.InterruptedIOException;
import org.apache.http.HttpResponse;
import org.apache.http.client.ServiceUnavailableRetryStrategy;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.protocol.BasicHttpContext;
import org.apache.http.protocol.HttpContext;
import org.apache.http.util.EntityUtils;

/** Downloads monthly VAT reports; the retry strategy (and the wait it asks for) is chosen by the deployment. */
public class ReportDownloaderLetsInjectedHttpClient4StrategyChooseTheWait {

  private final CloseableHttpClient http;
  private final ServiceUnavailableRetryStrategy retryStrategy;

  public ReportDownloaderLetsInjectedHttpClient4StrategyChooseTheWait(
      CloseableHttpClient http, ServiceUnavailableRetryStrategy retryStrategy) {
    this.http = http;
    this.retryStrategy = retryStrategy;
  }

  public String download(String url) throws IOException {
    HttpContext context = new BasicHttpContext();
    for (int attempt = 1; ; attempt++) {
      HttpResponse response = http.execute(new HttpGet(url), context);
      if (!retryStrategy.retryRequest(response, attempt, context)) {
        return EntityUtils.toString(response.getEntity());
      }
      EntityUtils.consume(response.getEntity());
      long interval = retryStrategy.getRetryInterval();
      try {
        Thread.sleep(interval);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting to retry " + url);
      }
    }
  }
}
