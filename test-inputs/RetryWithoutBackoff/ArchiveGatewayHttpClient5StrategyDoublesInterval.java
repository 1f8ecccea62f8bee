package inputs.retrywithoutbackoff;

import java.io.IOException;
import java.net.SocketTimeoutException;
import org.apache.hc.client5.http.HttpRequestRetryStrategy;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.TimeValue;

/**
 * Retry strategy of the document archive's HttpClient 5 client: gateway errors and timeouts are re-sent after an
 * interval that doubles with every attempt (0.5 s, 1 s, 2 s).
 */
public class ArchiveGatewayHttpClient5StrategyDoublesInterval implements HttpRequestRetryStrategy {

  private static final int MAX_RETRIES = 3;
  private static final long BASE_MILLIS = 500;

  @Override
  public boolean retryRequest(HttpRequest request, IOException exception, int execCount, HttpContext context) {
    return execCount <= MAX_RETRIES && exception instanceof SocketTimeoutException;
  }

  @Override
  public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
    int status = response.getCode();
    return execCount <= MAX_RETRIES && (status == 502 || status == 504);
  }

  @Override
  public TimeValue getRetryInterval(HttpResponse response, int execCount, HttpContext context) {
    return TimeValue.ofMilliseconds(BASE_MILLIS << (execCount - 1));
  }
}
