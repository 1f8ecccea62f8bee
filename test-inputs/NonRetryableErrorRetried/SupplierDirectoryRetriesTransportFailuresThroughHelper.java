package inputs.nonretryableerrorretried;

import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestTemplate;

/** Reads supplier records from the purchasing service; only dropped connections are tried again. */
public class SupplierDirectoryRetriesTransportFailuresThroughHelper {

  private static final int MAX_ATTEMPTS = 3;

  private final RestTemplate restTemplate;
  private final String baseUrl;

  public SupplierDirectoryRetriesTransportFailuresThroughHelper(RestTemplate restTemplate, String baseUrl) {
    this.restTemplate = restTemplate;
    this.baseUrl = baseUrl;
  }

  public String supplier(String vatNumber) {
    return withRetries(
        () -> restTemplate.getForObject(baseUrl + "/suppliers/{vat}", String.class, vatNumber));
  }

  public HttpHeaders supplierHeaders(String vatNumber) {
    return withRetries(() -> restTemplate.headForHeaders(baseUrl + "/suppliers/{vat}", vatNumber));
  }

  private <T> T withRetries(Supplier<T> request) {
    ResourceAccessException last = null;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        return request.get();
      } catch (ResourceAccessException e) {
        last = e;
        sleepQuietly(200L * attempt);
      }
    }
    throw last;
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
