package inputs.retryafterignored;

import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.client.RestTemplate;

/** Keeps customer master data aligned between the webshop and the invoicing account. */
public class CustomerSyncWaitsMaxOfBackoffAndRetryAfter {

  private static final int MAX_ATTEMPTS = 5;
  private static final long BASE_BACKOFF_MS = 500L;
  private static final long MAX_WAIT_MS = 120_000L;

  private final RestTemplate restTemplate;
  private final String clientUrlTemplate;

  public CustomerSyncWaitsMaxOfBackoffAndRetryAfter(RestTemplate restTemplate, String baseUrl) {
    this.restTemplate = restTemplate;
    this.clientUrlTemplate = baseUrl + "/c/{companyId}/entities/clients/{clientId}";
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> loadCustomer(int companyId, int clientId) throws InterruptedException {
    for (int attempt = 0; ; attempt++) {
      try {
        return restTemplate.getForObject(clientUrlTemplate, Map.class, companyId, clientId);
      } catch (HttpClientErrorException.TooManyRequests | HttpServerErrorException.ServiceUnavailable e) {
        if (attempt + 1 >= MAX_ATTEMPTS) {
          throw e;
        }
        long backoffMs = BASE_BACKOFF_MS * (1L << attempt);
        long retryAfterMs = retryAfterMillis(e);
        long waitMs = Math.max(backoffMs, retryAfterMs);
        if (waitMs > MAX_WAIT_MS) {
          throw e;
        }
        Thread.sleep(waitMs);
      }
    }
  }

  private static long retryAfterMillis(RestClientResponseException e) {
    HttpHeaders headers = e.getResponseHeaders();
    if (headers == null) {
      return 0L;
    }
    String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
    if (value == null) {
      return 0L;
    }
    try {
      return Long.parseLong(value.trim()) * 1000L;
    } catch (NumberFormatException notSeconds) {
      long until = headers.getFirstDate(HttpHeaders.RETRY_AFTER);
      return until < 0 ? 0L : Math.max(0L, until - System.currentTimeMillis());
    }
  }
}
