package inputs.retryafterignored;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import java.time.Duration;
import java.util.Map;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestTemplate;

/** Pushes products to the catalogue API: permanent client errors abort, the rest waits as Retry-After says. */
public class ProductPushAbortsOnClientErrorsWithFailsafe {

  private static final String PRODUCTS_URL = "https://api-v2.fattureincloud.it/c/{companyId}/products";

  private final RestTemplate restTemplate;
  private final RetryPolicy<Object> retryPolicy;

  public ProductPushAbortsOnClientErrorsWithFailsafe(RestTemplate restTemplate) {
    this.restTemplate = restTemplate;
    this.retryPolicy = RetryPolicy.builder()
        .handle(HttpStatusCodeException.class)
        .abortOn(HttpClientErrorException.BadRequest.class, HttpClientErrorException.Unauthorized.class,
            HttpClientErrorException.Forbidden.class, HttpClientErrorException.NotFound.class,
            HttpClientErrorException.MethodNotAllowed.class, HttpClientErrorException.Conflict.class,
            HttpClientErrorException.UnprocessableContent.class)
        .withDelayFn(context -> {
          if (context.getLastException() instanceof HttpStatusCodeException failure
              && failure.getResponseHeaders() != null
              && failure.getResponseHeaders().getFirst("Retry-After") != null) {
            // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
            return Duration.ofSeconds(Long.parseLong(failure.getResponseHeaders().getFirst("Retry-After")));
          }
          return Duration.ofSeconds(1);
        })
        .withMaxRetries(3)
        .build();
  }

  public void push(int companyId, Map<String, Object> product) {
    Failsafe.with(retryPolicy).run(() -> restTemplate.postForObject(PRODUCTS_URL, product, String.class, companyId));
  }
}
