package inputs.nonretryableerrorretried.interceptorbean;

import java.net.URI;
import org.springframework.retry.annotation.Retryable;
import org.springframework.web.client.RestTemplate;

/**
 * Loads the product catalog. The interceptor it names retries every exception, so a 404 or a 401 (an
 * HttpClientErrorException) is sent three more times.
 */
public class CatalogLoader {
  private final RestTemplate rest = new RestTemplate();

  // BUG: Diagnostic contains: NonRetryableErrorRetried
  // BUG: Diagnostic contains: RetryAfterIgnored
  @Retryable(interceptor = "catalogRetryInterceptor")
  public String load(URI uri) {
    return rest.getForObject(uri, String.class);
  }
}
