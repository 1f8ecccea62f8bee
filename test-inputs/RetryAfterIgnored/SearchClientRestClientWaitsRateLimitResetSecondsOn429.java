package inputs.retryafterignored;

import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/** The IETF RateLimit-Reset header gives the seconds until the window resets: waited before re-sending. */
public class SearchClientRestClientWaitsRateLimitResetSecondsOn429 {
  private final RestClient restClient = RestClient.create("https://search.example.com");

  public String search(String query) throws InterruptedException {
    try {
      return restClient.get().uri("/search?q={q}", query).retrieve().body(String.class);
    } catch (HttpClientErrorException.TooManyRequests e) {
      String reset = e.getResponseHeaders().getFirst("RateLimit-Reset");
      long seconds = reset == null ? 1 : Long.parseLong(reset);
      Thread.sleep(seconds * 1000L);
      return restClient.get().uri("/search?q={q}", query).retrieve().body(String.class);
    }
  }
}
