package inputs.retryafterhttpdateunsupported;

import it.fattureincloud.sdk.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.utils.DateUtils;

/** The Fatture in Cloud SDK's headers: seconds, else an HTTP-date read with HttpClient's DateUtils. */
public class IssuedDocumentPushFicSdkParsesRetryAfterWithDateUtilsFallback {
  public Duration waitFor(ApiException e) {
    Map<String, List<String>> headers = e.getResponseHeaders();
    List<String> values = headers == null ? null : headers.get("retry-after");
    if (values == null || values.isEmpty()) {
      return Duration.ofSeconds(1);
    }
    String value = values.get(0);
    try {
      return Duration.ofSeconds(Long.parseLong(value));
    } catch (NumberFormatException notSeconds) {
      Instant until = DateUtils.parseStandardDate(value);
      return until == null ? Duration.ofSeconds(1) : Duration.between(Instant.now(), until);
    }
  }
}
