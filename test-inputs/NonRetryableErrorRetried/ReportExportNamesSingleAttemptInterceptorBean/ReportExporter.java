package inputs.nonretryableerrorretried.singleattemptinterceptor;

import java.net.URI;
import org.springframework.retry.annotation.Retryable;
import org.springframework.web.client.RestTemplate;

/** Exports reports through the single-attempt interceptor: nothing is sent twice. */
public class ReportExporter {
  private final RestTemplate rest = new RestTemplate();

  @Retryable(interceptor = "exportOnceInterceptor")
  public String export(URI uri, String reportJson) {
    return rest.postForObject(uri, reportJson, String.class);
  }
}
