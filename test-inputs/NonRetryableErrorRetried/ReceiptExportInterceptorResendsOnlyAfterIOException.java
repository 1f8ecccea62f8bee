package inputs.nonretryableerrorretried;

import java.io.IOException;
import java.io.InterruptedIOException;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestTemplate;

/**
 * RestTemplate of the receipt export: its interceptor retries a connection reset or read timeout (no response at all)
 * twice with a short pause; any response, error statuses included, goes back to the caller on the first attempt and
 * is logged when it is an error.
 */
public class ReceiptExportInterceptorResendsOnlyAfterIOException {

  private static final int MAX_ATTEMPTS = 3;

  public static RestTemplate receiptExportTemplate() {
    RestTemplate template = new RestTemplate();
    template
        .getInterceptors()
        .add(
            (request, body, execution) -> {
              IOException last = null;
              for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
                try {
                  ClientHttpResponse response = execution.execute(request, body);
                  if (response.getStatusCode().isError()) {
                    System.err.println(
                        "receipt export " + request.getURI() + " answered " + response.getStatusCode());
                  }
                  return response;
                } catch (IOException e) {
                  last = e;
                  pause(attempt);
                }
              }
              throw last;
            });
    return template;
  }

  private static void pause(int attempt) throws InterruptedIOException {
    try {
      Thread.sleep(200L * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("receipt export interrupted");
    }
  }
}
