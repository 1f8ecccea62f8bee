package inputs.retryafterhttpdateunsupported;

import feign.Response;
import java.util.Collection;

/** Reads Feign's response headers; a helper turns Retry-After into seconds with Integer.valueOf. */
public class ProductImportFeignResponseHandsRetryAfterToSecondsHelper {
  public long waitMillis(Response response) {
    Collection<String> values = response.headers().get("Retry-After");
    if (values == null || values.isEmpty()) {
      return 1000L;
    }
    // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
    return secondsOf(values.iterator().next()) * 1000L;
  }

  private static int secondsOf(String text) {
    return Integer.valueOf(text.trim());
  }
}
