package inputs.retryafterignored;

import java.io.IOException;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.HttpStatus;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.client5.http.HttpRequestRetryStrategy;

/**
 * Retry strategy of the Apache HttpClient 5 client that archives invoice PDFs from Fatture in Cloud: only a 429 or a
 * 503 is re-sent, after the seconds in its Retry-After header (a short back-off when the header is missing).
 */
public class ArchiveHttpClient5StrategyWaitsForRetryAfter implements HttpRequestRetryStrategy {

  private static final int MAX_RETRIES = 3;

  @Override
  public boolean retryRequest(HttpRequest request, IOException exception, int execCount, HttpContext context) {
    return false;
  }

  @Override
  public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
    int code = response.getCode();
    return execCount <= MAX_RETRIES
        && (code == HttpStatus.SC_TOO_MANY_REQUESTS || code == HttpStatus.SC_SERVICE_UNAVAILABLE);
  }

  @Override
  public TimeValue getRetryInterval(HttpResponse response, int execCount, HttpContext context) {
    Header retryAfter = response.getFirstHeader(HttpHeaders.RETRY_AFTER);
    if (retryAfter != null) {
      try {
        // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
        return TimeValue.ofSeconds(Long.parseLong(retryAfter.getValue().trim()));
      } catch (NumberFormatException httpDate) {
        return TimeValue.ofSeconds(30);
      }
    }
    return TimeValue.ofSeconds(execCount);
  }
}
