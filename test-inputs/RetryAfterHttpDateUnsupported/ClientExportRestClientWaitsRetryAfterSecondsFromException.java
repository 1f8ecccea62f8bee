package inputs.retryafterhttpdateunsupported;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/** Exports clients; a 429's Retry-After is turned into a Duration of seconds, nothing else. */
public class ClientExportRestClientWaitsRetryAfterSecondsFromException {
  private final RestClient restClient = RestClient.create("https://api.example.com");

  public String export() throws InterruptedException {
    try {
      return restClient.get().uri("/clients/export").retrieve().body(String.class);
    } catch (HttpClientErrorException.TooManyRequests e) {
      String value = e.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER);
      // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
      Duration wait = Duration.ofSeconds(Long.parseLong(value));
      Thread.sleep(wait.toMillis());
      return restClient.get().uri("/clients/export").retrieve().body(String.class);
    }
  }
}
