package inputs.nonretryableerrorretried;

import java.util.Optional;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestTemplate;

/** Looks up a Fatture in Cloud client for the help desk; throttling and server errors are tried again. */
public class CustomerLookupRetriesThrottlingWithRestTemplate {

  private static final int MAX_ATTEMPTS = 4;

  private final RestTemplate restTemplate;
  private final String accessToken;

  public CustomerLookupRetriesThrottlingWithRestTemplate(RestTemplate restTemplate, String accessToken) {
    this.restTemplate = restTemplate;
    this.accessToken = accessToken;
  }

  public Optional<String> client(int companyId, int clientId) throws InterruptedException {
    String url = "https://api-v2.fattureincloud.it/c/{companyId}/entities/clients/{clientId}";
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(accessToken);
    HttpEntity<Void> entity = new HttpEntity<>(headers);

    for (int attempt = 1; ; attempt++) {
      try {
        ResponseEntity<String> response = restTemplate.exchange(url, HttpMethod.GET, entity, String.class, companyId, clientId);
        return Optional.ofNullable(response.getBody());
      } catch (HttpClientErrorException.NotFound e) {
        return Optional.empty();
      } catch (HttpClientErrorException.TooManyRequests e) {
        if (attempt >= MAX_ATTEMPTS) {
          throw e;
        }
        Thread.sleep(retryAfterMillis(e.getResponseHeaders(), 5_000L));
      } catch (HttpServerErrorException e) {
        if (attempt >= MAX_ATTEMPTS) {
          throw e;
        }
        Thread.sleep(Math.max(1_000L << attempt, retryAfterMillis(e.getResponseHeaders(), 0L)));
      }
    }
  }

  private static long retryAfterMillis(HttpHeaders headers, long fallback) {
    String value = headers == null ? null : headers.getFirst(HttpHeaders.RETRY_AFTER);
    // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
    return value == null ? fallback : Long.parseLong(value.trim()) * 1000L;
  }
}
