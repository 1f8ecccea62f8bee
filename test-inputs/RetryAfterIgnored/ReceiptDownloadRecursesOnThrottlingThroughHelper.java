package inputs.retryafterignored;

import java.util.concurrent.Callable;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestTemplate;

/** Downloads scanned receipts from the expense service; throttled and unavailable answers are tried again. */
public class ReceiptDownloadRecursesOnThrottlingThroughHelper {

  private static final long PAUSE_MS = 2_000L;

  private final RestTemplate restTemplate;
  private final String baseUrl;

  public ReceiptDownloadRecursesOnThrottlingThroughHelper(RestTemplate restTemplate, String baseUrl) {
    this.restTemplate = restTemplate;
    this.baseUrl = baseUrl;
  }

  public byte[] receipt(String receiptId) throws Exception {
    // BUG: Diagnostic contains: RetryAfterIgnored
    return retrying(() -> restTemplate.getForObject(baseUrl + "/receipts/{id}/scan", byte[].class, receiptId), 4);
  }

  private <T> T retrying(Callable<T> download, int attemptsLeft) throws Exception {
    try {
      return download.call();
    } catch (HttpStatusCodeException e) {
      int status = e.getStatusCode().value();
      if ((status == 429 || status == 503) && attemptsLeft > 1) {
        Thread.sleep(PAUSE_MS);
        return retrying(download, attemptsLeft - 1);
      }
      throw e;
    }
  }
}
