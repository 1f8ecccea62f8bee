package inputs.nonretryableerrorretried;

import java.time.Duration;
import java.util.Map;
import net.jodah.failsafe.Failsafe;
import net.jodah.failsafe.RetryPolicy;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestTemplate;

/** Pushes suppliers to the registry API: every client error aborts, server errors wait as Retry-After says. */
public class SupplierPushAbortsClientErrorsWithFailsafe2 {

  private static final String SUPPLIERS_URL = "https://registry.example.com/v2/suppliers";

  private final RestTemplate restTemplate;

  public SupplierPushAbortsClientErrorsWithFailsafe2(RestTemplate restTemplate) {
    this.restTemplate = restTemplate;
  }

  public void push(Map<String, Object> supplier) {
    RetryPolicy<Object> retryPolicy = new RetryPolicy<>()
        .handle(HttpStatusCodeException.class)
        .withDelay((result, failure, context) -> retryAfter(failure))
        .withMaxRetries(3);
    retryPolicy.abortOn(HttpClientErrorException.class);
    Failsafe.with(retryPolicy).run(() -> restTemplate.postForObject(SUPPLIERS_URL, supplier, String.class));
  }

  private static Duration retryAfter(Throwable failure) {
    if (failure instanceof HttpStatusCodeException status && status.getResponseHeaders() != null) {
      String header = status.getResponseHeaders().getFirst("Retry-After");
      if (header != null) {
        // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
        return Duration.ofSeconds(Long.parseLong(header.trim()));
      }
    }
    return Duration.ofSeconds(1);
  }
}
