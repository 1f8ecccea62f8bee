package inputs.retryafterhttpdateunsupported;

import it.fattureincloud.sdk.ApiException;
import java.util.List;
import java.util.Map;

/** Pushes a document through the Fatture in Cloud SDK; the helper returns the Retry-After text. */
public class IssuedDocumentPushFicSdkParsesHeaderFromHelper {
  interface Push {
    void run() throws ApiException;
  }

  public void push(Push push) throws ApiException, InterruptedException {
    try {
      push.run();
    } catch (ApiException e) {
      if (e.getCode() != 429) {
        throw e;
      }
      // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
      long seconds = Long.parseLong(retryAfterOf(e));
      Thread.sleep(seconds * 1000L);
      push.run();
    }
  }

  private static String retryAfterOf(ApiException e) {
    Map<String, List<String>> headers = e.getResponseHeaders();
    List<String> values = headers == null ? null : headers.get("retry-after");
    return values == null || values.isEmpty() ? "1" : values.get(0);
  }
}
