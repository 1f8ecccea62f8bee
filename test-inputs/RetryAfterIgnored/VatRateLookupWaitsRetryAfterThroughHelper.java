package inputs.retryafterignored;

import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestTemplate;

/** Looks up VAT rates in the tax service, waiting as long as the service asks when it is busy. */
public class VatRateLookupWaitsRetryAfterThroughHelper {

  private static final int MAX_ATTEMPTS = 4;

  private final RestTemplate restTemplate;
  private final String baseUrl;

  public VatRateLookupWaitsRetryAfterThroughHelper(RestTemplate restTemplate, String baseUrl) {
    this.restTemplate = restTemplate;
    this.baseUrl = baseUrl;
  }

  public String rates(String country) throws InterruptedException {
    return withRetries(() -> restTemplate.getForObject(baseUrl + "/vat/{country}", String.class, country));
  }

  private <T> T withRetries(Supplier<T> lookup) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        return lookup.get();
      } catch (HttpStatusCodeException e) {
        int status = e.getStatusCode().value();
        if ((status != 429 && status != 503) || attempt >= MAX_ATTEMPTS) {
          throw e;
        }
        HttpHeaders headers = e.getResponseHeaders();
        String retryAfter = headers == null ? null : headers.getFirst(HttpHeaders.RETRY_AFTER);
        // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
        Thread.sleep(retryAfter == null ? 1_000L : Long.parseLong(retryAfter.trim()) * 1000L);
      }
    }
  }
}
