package inputs.nonretryableerrorretried;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.List;
import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.TimeValue;

/**
 * Retry strategy of the Apache HttpClient 5 client that exports issued documents from Fatture in Cloud: it keeps
 * DefaultHttpRequestRetryStrategy's answer for responses (429 and 503 only, after their Retry-After) with one attempt
 * less, and re-sends after a transport failure only when the read timed out.
 */
public class ExportHttpClient5StrategyNarrowsTransportRetries extends DefaultHttpRequestRetryStrategy {

  private static final int MAX_RETRIES = 2;

  public ExportHttpClient5StrategyNarrowsTransportRetries() {
    super(MAX_RETRIES, TimeValue.ofSeconds(1));
  }

  @Override
  public boolean retryRequest(HttpRequest request, IOException exception, int execCount, HttpContext context) {
    return execCount <= MAX_RETRIES && exception instanceof SocketTimeoutException;
  }

  @Override
  public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
    return execCount < MAX_RETRIES && super.retryRequest(response, execCount, context);
  }

  /** The failures this strategy re-sends after, for the export's log line. */
  public List<String> describe() {
    return List.of("429", "503", "read timeout");
  }
}
